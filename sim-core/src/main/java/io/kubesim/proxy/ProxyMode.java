package io.kubesim.proxy;

/**
 * kube-proxy load-balancing modes; each mode's backend picker is one line in
 * {@code BackendPicker.REGISTRY}.
 */
public enum ProxyMode {
  /** Each new connection picks a ready endpoint uniformly at random (rule i of n: 1/(n−i)). */
  IPTABLES,
  /** Same distribution as iptables ({@code numgen random mod N}). */
  NFTABLES,
  /** IPVS round robin, per node. */
  IPVS_RR,
  /** IPVS least connections, counting the node's own active connections. */
  IPVS_LC
}
