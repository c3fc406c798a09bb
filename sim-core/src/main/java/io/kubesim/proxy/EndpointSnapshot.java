package io.kubesim.proxy;

import io.kubesim.cluster.Pod;

/**
 * An immutable view of a service's EndpointSlices at one version, as the API server published it.
 * Every node that has received this version shares the same instance: a 5,000-node cluster holds
 * one copy per version, not one per node.
 *
 * <p>EndpointSlice conditions (KEP-1672): {@link #pods} are the endpoints with {@code ready}
 * true — serving and not terminating; {@link #servingTerminating} those with {@code serving} true
 * (the pod's readiness) and {@code terminating} true. Terminating endpoints that are not serving
 * are never used, so they are not kept. Pods that are not ready and not terminating are not listed
 * (kubesim does not model {@code publishNotReadyAddresses}).
 */
public final class EndpointSnapshot {
  private static final Pod[] NONE = new Pod[0];
  static final EndpointSnapshot EMPTY = new EndpointSnapshot(0, NONE);

  final long version;
  /** Ready endpoints: serving and not terminating. */
  public final Pod[] pods;
  /** Endpoints that are terminating but still serving (their readiness probe passes). */
  public final Pod[] servingTerminating;
  /** The serving-terminating endpoints as a view of their own, or null when there are none. */
  final EndpointSnapshot terminatingView;

  /** A view with ready endpoints only. */
  public EndpointSnapshot(long version, Pod[] pods) {
    this(version, pods, NONE);
  }

  /** The API server's version of this snapshot (increasing). */
  public long version() {
    return version;
  }

  /** A view with ready and serving-terminating endpoints. */
  public EndpointSnapshot(long version, Pod[] pods, Pod[] servingTerminating) {
    this.version = version;
    this.pods = pods;
    this.servingTerminating = servingTerminating;
    this.terminatingView = servingTerminating.length == 0
        ? null : new EndpointSnapshot(version, servingTerminating, NONE);
  }

  /**
   * What a node routes new connections to under this view (KEP-1669, GA in 1.28): its ready
   * endpoints, or when none is left its serving-terminating ones as a view of their own; null when
   * it has neither.
   */
  public EndpointSnapshot routable() {
    return pods.length > 0 ? this : terminatingView;
  }

  /** Number of ready endpoints. */
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
