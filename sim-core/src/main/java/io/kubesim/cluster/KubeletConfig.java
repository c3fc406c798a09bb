package io.kubesim.cluster;

import io.kubesim.config.Checks;

/**
 * Kubelet settings shared by every node.
 *
 * @param nodeStatusUpdateSeconds how often the kubelet renews its lease / posts node status (10 s);
 *     each renewal is a heartbeat that only counts if it reaches the control plane
 * @param crashLoopInitialBackoffSeconds CrashLoopBackOff delay before the second restart in a row
 *     (10 s; the first restart is immediate), doubled per further restart
 * @param crashLoopMaxBackoffSeconds CrashLoopBackOff cap (300 s)
 * @param crashLoopResetSeconds an exit more than this after the last restart resets the back-off
 *     (600 s, 2 × the cap as in client-go's {@code Backoff}); see {@link CrashLoopBackOff}
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
