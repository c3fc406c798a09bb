package io.kubesim.probe;

import io.kubesim.config.Checks;

/**
 * A node agent on every node that probes its peers, and the controller that acts on the agents'
 * reports ({@link PeerReachability}). Kubernetes has no such check built in; this models a
 * node-problem-detector custom plugin (or cilium-health-style prober) with a remediation
 * controller such as Medik8s' NodeHealthCheck.
 *
 * @param periodSeconds time between two probe rounds of one agent (10 s)
 * @param timeoutSeconds a peer must answer within this (1 s); less than the period
 * @param failureThreshold consecutive failed probes before an agent reports a peer unreachable (3)
 * @param successThreshold consecutive answered probes before it reports it reachable again (1)
 * @param quorum share of a node's peers that must report it unreachable for the controller to
 *     judge it unreachable (0.5)
 * @param minHealthy share of all nodes that must stay judged reachable for the controller to act
 *     on one more node (0.51, NodeHealthCheck's {@code minHealthy} default)
 * @param action what the controller does to a node judged unreachable
 */
public record PeerReachabilityConfig(
    double periodSeconds,
    double timeoutSeconds,
    int failureThreshold,
    int successThreshold,
    double quorum,
    double minHealthy,
    Action action) {

  /** What the controller does to a node judged unreachable; undone when it is reachable again. */
  public enum Action {
    /**
     * A readiness gate on the node's pods turns false: the kubelet reports them unready (once it
     * hears of it), so they leave every endpoint list; nothing is evicted.
     */
    MARK_UNREADY,
    /**
     * A NoExecute taint: the node's pods (client pods included) are evicted at once and
     * rescheduled on other nodes; nothing new is scheduled there while it stays.
     */
    TAINT
  }

  public PeerReachabilityConfig {
    Checks.period("peerReachability.period", periodSeconds);
    Checks.positive("peerReachability.timeout", timeoutSeconds);
    if (timeoutSeconds >= periodSeconds) {
      throw new IllegalArgumentException("peerReachability.timeout (" + timeoutSeconds
          + " s) must be less than the period (" + periodSeconds + " s)");
    }
    Checks.inRange("peerReachability.failureThreshold", failureThreshold, 1, 1000);
    Checks.inRange("peerReachability.successThreshold", successThreshold, 1, 1000);
    if (!(quorum > 0 && quorum <= 1)) {
      throw new IllegalArgumentException(
          "peerReachability.quorum must be in (0, 1], got " + quorum);
    }
    Checks.inRange("peerReachability.minHealthy", minHealthy, 0, 1);
    if (action == null) {
      throw new IllegalArgumentException("peerReachability.action is required");
    }
  }

  /** The defaults (10 s, 1 s, 3, 1, half the peers, 51 % healthy) with {@code action}. */
  public static PeerReachabilityConfig defaults(Action action) {
    return new PeerReachabilityConfig(10, 1, 3, 1, 0.5, 0.51, action);
  }
}
