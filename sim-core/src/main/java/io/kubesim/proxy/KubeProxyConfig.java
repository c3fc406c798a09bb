package io.kubesim.proxy;

import io.kubesim.config.Checks;

/**
 * kube-proxy settings shared by every node.
 *
 * @param mode load-balancing mode (iptables)
 * @param minSyncPeriodSeconds once the burst is spent, a changed view is applied no sooner than
 *     this after the last sync completed (1 s)
 * @param syncBurst syncs that may run back to back before {@code minSyncPeriod} applies: the
 *     capacity of the sync runner's token bucket (2, {@code burstSyncs} in the proxiers)
 * @param syncDurationSeconds how long a sync takes from reading the endpoints to its rules taking
 *     effect (0; seconds in clusters of thousands of nodes, KEP-3453)
 */
public record KubeProxyConfig(ProxyMode mode, double minSyncPeriodSeconds, int syncBurst,
    double syncDurationSeconds) {
  /** kube-proxy's {@code burstSyncs}. */
  public static final int DEFAULT_SYNC_BURST = 2;

  public KubeProxyConfig {
    if (mode == null) {
      throw new IllegalArgumentException("kubeProxy.mode is required");
    }
    Checks.nonNegative("kubeProxy.minSyncPeriodSeconds", minSyncPeriodSeconds);
    if (syncBurst < 1) {
      throw new IllegalArgumentException("kubeProxy.syncBurst must be at least 1, got " + syncBurst);
    }
    Checks.nonNegative("kubeProxy.syncDurationSeconds", syncDurationSeconds);
  }

  /** The given mode and minimum sync period with the default burst and instant syncs. */
  public KubeProxyConfig(ProxyMode mode, double minSyncPeriodSeconds) {
    this(mode, minSyncPeriodSeconds, DEFAULT_SYNC_BURST, 0);
  }

  /** Kubernetes defaults: iptables, 1 s, burst 2; syncs take no time. */
  public static KubeProxyConfig defaults() {
    return new KubeProxyConfig(ProxyMode.IPTABLES, 1);
  }
}
