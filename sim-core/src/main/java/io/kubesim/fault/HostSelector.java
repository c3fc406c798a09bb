package io.kubesim.fault;

import java.util.List;

/**
 * A set of network hosts named in a fault.
 *
 * @param nodes node names
 * @param zones every node in these zones
 * @param allNodes every node
 * @param controlPlane the control plane (API server)
 * @param external external clients and their load balancer
 */
public record HostSelector(
    List<String> nodes, List<String> zones, boolean allNodes, boolean controlPlane,
    boolean external) {
  public HostSelector {
    nodes = List.copyOf(nodes == null ? List.of() : nodes);
    zones = List.copyOf(zones == null ? List.of() : zones);
    if (nodes.isEmpty() && zones.isEmpty() && !allNodes && !controlPlane && !external) {
      throw new IllegalArgumentException("a host selector must select at least one host");
    }
  }

  /** The named nodes. */
  public static HostSelector ofNodes(String... names) {
    return new HostSelector(List.of(names), List.of(), false, false, false);
  }

  /** Every node. */
  public static HostSelector everyNode() {
    return new HostSelector(List.of(), List.of(), true, false, false);
  }

  /** The control plane only. */
  public static HostSelector theControlPlane() {
    return new HostSelector(List.of(), List.of(), false, true, false);
  }
}
