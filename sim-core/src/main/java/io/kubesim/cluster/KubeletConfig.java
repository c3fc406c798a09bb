package io.kubesim.cluster;

import io.kubesim.config.Checks;

/**
 * Kubelet settings shared by every node.
 *
 * @param nodeStatusUpdateSeconds how often the kubelet renews its lease / posts node status (10 s);
 *     each renewal is a heartbeat that only counts if it reaches the control plane
 * @param crashLoopInitialBackoffSeconds first CrashLoopBackOff delay (10 s), doubled per restart
 * @param crashLoopMaxBackoffSeconds CrashLoopBackOff cap (300 s)
 * @param crashLoopResetSeconds running time after which the back-off resets (600 s)
 */
public record KubeletConfig(
    double nodeStatusUpdateSeconds,
    double crashLoopInitialBackoffSeconds,
    double crashLoopMaxBackoffSeconds,
    double crashLoopResetSeconds) {
  public KubeletConfig {
    Checks.positive("kubelet.nodeStatusUpdateSeconds", nodeStatusUpdateSeconds);
    Checks.nonNegative("kubelet.crashLoopInitialBackoffSeconds", crashLoopInitialBackoffSeconds);
    Checks.nonNegative("kubelet.crashLoopMaxBackoffSeconds", crashLoopMaxBackoffSeconds);
    Checks.positive("kubelet.crashLoopResetSeconds", crashLoopResetSeconds);
  }

  /** Kubernetes defaults. */
  public static KubeletConfig defaults() {
    return new KubeletConfig(10, 10, 300, 600);
  }
}
