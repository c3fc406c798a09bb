package io.kubesim.model;

import io.kubesim.cluster.NodeConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * A worker node: its host id in the {@link io.kubesim.network.Network}, its kube-proxy, the pods
 * bound to it, and what the control plane believes of it (Ready, last heartbeat).
 */
final class Node {
  final int host;
  final NodeConfig config;
  final KubeProxy proxy;
  final List<Pod> pods = new ArrayList<>();

  // control plane's view
  boolean apiReady = true;
  double lastHeartbeatAtApi;
  double notReadySince = Double.NaN;
  Timer evictionTimer;

  // kubelet
  Timer heartbeat;
  /** The control plane holds updates this node has not received (it was unreachable). */
  boolean needsResync;

  Node(World world, int host, NodeConfig config, int services) {
    this.host = host;
    this.config = config;
    this.proxy = new KubeProxy(world, this, services);
  }

  @Override
  public String toString() {
    return config.name();
  }
}
