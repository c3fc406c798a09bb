package io.kubesim.traffic;

import io.kubesim.cluster.Pod;

/**
 * A client's idle keep-alive connections on one node, most recently used first. A connection is
 * bound to the pod it was opened to (and to that pod's container incarnation): kube-proxy changes
 * do not move it, which is why a keep-alive client keeps talking to a pod that has left the
 * service until the connection breaks or idles out.
 */
final class ConnectionPool {
  private final int capacity;
  private final double idleTimeout;
  private final Pod[] pods;
  private final int[] epochs;
  private final int[] vias;
  private final double[] lastUsed;
  private int size;

  ConnectionPool(int capacity, double idleTimeout) {
    this.capacity = capacity;
    this.idleTimeout = idleTimeout;
    this.pods = new Pod[capacity];
    this.epochs = new int[capacity];
    this.vias = new int[capacity];
    this.lastUsed = new double[capacity];
  }

  /** Takes the most recently used connection that is still open, if any, into {@code a}. */
  boolean takeInto(Attempt a, double now) {
    while (size > 0) {
      size--;
      Pod p = pods[size];
      pods[size] = null;
      boolean open = now - lastUsed[size] <= idleTimeout
          && p.phase == Pod.Phase.RUNNING && p.containerUp && p.containerEpoch == epochs[size]
          && (p.listening || !p.kubeletTerminating);
      if (open) {
        a.pod = p;
        a.podEpoch = epochs[size];
        a.viaNode = vias[size];
        a.reusedConnection = true;
        return true;
      }
    }
    return false;
  }

  /** Returns a connection after a successful response at time {@code at}. */
  void giveBack(Pod p, int epoch, int via, double at) {
    if (size < capacity) {
      pods[size] = p;
      epochs[size] = epoch;
      vias[size] = via;
      lastUsed[size] = at;
      size++;
    }
  }
}
