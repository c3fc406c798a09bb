package io.kubesim.cluster;

import java.util.Arrays;

/**
 * Per node, whether the pods on it have been evicted — the node has carried the node lifecycle
 * controller's not-ready taint for the toleration period, or a NoExecute taint without toleration
 * — kept in one dense array by host id, so that a client's choice of source node reads a few
 * bytes instead of a node object (a cache miss per request in a large cluster).
 *
 * <p>Each entry is the instant from which the toleration period counts, in seconds: the time of
 * the not-ready taint while the node is not Ready, −∞ under a NoExecute taint (evicted at once),
 * NaN otherwise (never evicted). {@link Node} keeps its entry current whenever the state it is
 * derived from changes.
 */
public final class EvictionClocks {
  private final double[] since;
  private final double tolerationSeconds;

  /** Clocks for {@code nodes} nodes, none evicted, with the taint toleration in seconds. */
  public EvictionClocks(int nodes, double tolerationSeconds) {
    this.since = new double[nodes];
    this.tolerationSeconds = tolerationSeconds;
    Arrays.fill(since, Double.NaN);
  }

  /** Whether the pods on host {@code host} count as evicted at time {@code now} (seconds). */
  public boolean evicted(int host, double now) {
    return now - since[host] >= tolerationSeconds;
  }

  void update(Node n) {
    since[n.host] = n.noExecuteTaint()
        ? Double.NEGATIVE_INFINITY : n.apiReady() ? Double.NaN : n.notReadyTaintedAt();
  }
}
