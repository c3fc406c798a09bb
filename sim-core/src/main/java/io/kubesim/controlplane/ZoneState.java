package io.kubesim.controlplane;

/**
 * A zone's health as the node lifecycle controller sees it ({@code ComputeZoneState} in
 * {@code pkg/controller/nodelifecycle/node_lifecycle_controller.go}).
 */
public enum ZoneState {
  /** Before the controller's first pass over the zone. */
  INITIAL,
  /** Not disrupted: evictions at {@code --node-eviction-rate}. */
  NORMAL,
  /**
   * More than 2 nodes NotReady and at least {@code --unhealthy-zone-threshold} of the zone:
   * evictions at {@code --secondary-node-eviction-rate}, or none in a zone of at most
   * {@code --large-cluster-size-threshold} nodes.
   */
  PARTIAL_DISRUPTION,
  /** No node Ready: evictions at the normal rate unless every zone is in this state. */
  FULL_DISRUPTION;

  /** The state of a zone with {@code ready} Ready and {@code notReady} other nodes. */
  public static ZoneState of(int ready, int notReady, double unhealthyZoneThreshold) {
    if (ready == 0 && notReady > 0) {
      return FULL_DISRUPTION;
    }
    if (notReady > 2 && (float) notReady / (float) (notReady + ready) >= unhealthyZoneThreshold) {
      return PARTIAL_DISRUPTION;
    }
    return NORMAL;
  }
}
