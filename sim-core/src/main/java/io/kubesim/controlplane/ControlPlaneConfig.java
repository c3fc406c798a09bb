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
 */
public record ControlPlaneConfig(
    double nodeMonitorPeriodSeconds,
    double nodeMonitorGracePeriodSeconds,
    double tolerationSeconds,
    Distribution endpointPropagationDelay,
    Distribution schedulingDelay) {
  public ControlPlaneConfig {
    Checks.positive("controlPlane.nodeMonitorPeriodSeconds", nodeMonitorPeriodSeconds);
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
