package io.kubesim.proxy;

import io.kubesim.cluster.Pod;

/**
 * An immutable list of a service's endpoints at one version, as the API server published it.
 * Every node that has received this version shares the same instance: a 5,000-node cluster holds
 * one copy per version, not one per node.
 */
public final class EndpointSnapshot {
  static final EndpointSnapshot EMPTY = new EndpointSnapshot(0, new Pod[0]);

  final long version;
  public final Pod[] pods;

  public EndpointSnapshot(long version, Pod[] pods) {
    this.version = version;
    this.pods = pods;
  }

  /** The API server's version of this snapshot (increasing). */
  public long version() {
    return version;
  }

  public int size() {
    return pods.length;
  }

  boolean contains(Pod p) {
    for (Pod q : pods) {
      if (q == p) {
        return true;
      }
    }
    return false;
  }
}
