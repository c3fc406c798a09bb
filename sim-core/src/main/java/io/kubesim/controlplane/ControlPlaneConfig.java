package io.kubesim.controlplane;

import io.kubesim.config.Checks;
import io.kubesim.dist.Distribution;

/**
 * Control-plane timing.
 *
 * @param nodeMonitorPeriodSeconds how often the node lifecycle controller checks heartbeats (5 s)
 * @param nodeMonitorGracePeriodSeconds heartbeat silence after which a node is NotReady (50 s
 *     from Kubernetes 1.32; 40 s before)
 * @param tolerationSeconds {@code not-ready}/{@code unreachable} toleration: time NotReady after
 *     which the node's pods are evicted (300 s)
 * @param endpointPropagationDelay delay from a pod readiness change reaching the API server until
 *     one node's kube-proxy receives the new endpoints, seconds (sampled per node)
 * @param schedulingDelay delay from a pod's creation until it is bound to a node, seconds
 * @param nodeEvictionRate NotReady nodes tainted for eviction per second in a zone that is not
 *     partially disrupted ({@code --node-eviction-rate}, 0.1)
 * @param secondaryNodeEvictionRate the same in a partially disrupted zone of more than
 *     {@code largeClusterSizeThreshold} nodes ({@code --secondary-node-eviction-rate}, 0.01)
 * @param unhealthyZoneThreshold share of NotReady nodes (with more than 2 of them) from which a
 *     zone is partially disrupted ({@code --unhealthy-zone-threshold}, 0.55)
 * @param largeClusterSizeThreshold zone size up to which a partially disrupted zone taints
 *     nothing ({@code --large-cluster-size-threshold}, 50)
 */
public record ControlPlaneConfig(
    double nodeMonitorPeriodSeconds,
    double nodeMonitorGracePeriodSeconds,
    double tolerationSeconds,
    Distribution endpointPropagationDelay,
    Distribution schedulingDelay,
    double nodeEvictionRate,
    double secondaryNodeEvictionRate,
    double unhealthyZoneThreshold,
    int largeClusterSizeThreshold) {

  /** The given timing with Kubernetes' disruption-handling defaults. */
  public ControlPlaneConfig(double nodeMonitorPeriodSeconds, double nodeMonitorGracePeriodSeconds,
      double tolerationSeconds, Distribution endpointPropagationDelay,
      Distribution schedulingDelay) {
    this(nodeMonitorPeriodSeconds, nodeMonitorGracePeriodSeconds, tolerationSeconds,
        endpointPropagationDelay, schedulingDelay, 0.1, 0.01, 0.55, 50);
  }

  public ControlPlaneConfig {
    Checks.nonNegative("controlPlane.nodeEvictionRate", nodeEvictionRate);
    Checks.nonNegative("controlPlane.secondaryNodeEvictionRate", secondaryNodeEvictionRate);
    Checks.inRange("controlPlane.unhealthyZoneThreshold", unhealthyZoneThreshold, 0, 1);
    Checks.inRange("controlPlane.largeClusterSizeThreshold", largeClusterSizeThreshold, 0,
        1_000_000);
    Checks.period("controlPlane.nodeMonitorPeriod", nodeMonitorPeriodSeconds);
    Checks.positive("controlPlane.nodeMonitorGracePeriodSeconds", nodeMonitorGracePeriodSeconds);
    Checks.nonNegative("controlPlane.tolerationSeconds", tolerationSeconds);
    if (endpointPropagationDelay == null || schedulingDelay == null) {
      throw new IllegalArgumentException(
          "controlPlane.endpointPropagationDelay and schedulingDelay are required");
    }
  }

  /** Kubernetes ≥ 1.32 defaults; propagation log-normal with median 0.5 s, p99 2 s. */
  public static ControlPlaneConfig defaults() {
    return new ControlPlaneConfig(
        5,
        50,
        300,
        new Distribution.LogNormal(0.5, 2.0),
        new Distribution.Constant(0.1));
  }
}
