package io.kubesim.proxy;

import io.kubesim.config.Checks;

/**
 * kube-proxy settings shared by every node.
 *
 * @param mode load-balancing mode (iptables)
 * @param minSyncPeriodSeconds a changed view is applied no sooner than this after the last sync
 *     (1 s)
 */
public record KubeProxyConfig(ProxyMode mode, double minSyncPeriodSeconds) {
  public KubeProxyConfig {
    if (mode == null) {
      throw new IllegalArgumentException("kubeProxy.mode is required");
    }
    Checks.nonNegative("kubeProxy.minSyncPeriodSeconds", minSyncPeriodSeconds);
  }

  /** Kubernetes defaults: iptables, 1 s. */
  public static KubeProxyConfig defaults() {
    return new KubeProxyConfig(ProxyMode.IPTABLES, 1);
  }
}
