package io.kubesim.cluster;

import io.kubesim.config.Checks;

/**
 * One worker node.
 *
 * @param name node name, unique in the cluster
 * @param zone failure-domain zone ({@code topology.kubernetes.io/zone})
 * @param podCidr the node's pod CIDR, informational
 * @param maxPods pods the node can hold (kubelet {@code maxPods}, default 110)
 */
public record NodeConfig(String name, String zone, String podCidr, int maxPods) {
  public NodeConfig {
    Checks.name("node.name", name);
    Checks.name("node.zone", zone);
    Checks.inRange("node.maxPods", maxPods, 1, 1_000_000);
  }
}
