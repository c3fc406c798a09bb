package io.kubesim.cluster;

import io.kubesim.engine.Timer;
import io.kubesim.proxy.KubeProxy;
import io.kubesim.world.World;
import java.util.ArrayList;
import java.util.List;

/**
 * A worker node: its host id in the {@link io.kubesim.network.Network}, its kube-proxy, the pods
 * bound to it, and what the control plane believes of it (Ready, last heartbeat).
 */
public final class Node {
  public final int host;
  public final NodeConfig config;
  public final KubeProxy proxy;
  public final List<Pod> pods = new ArrayList<>();

  // control plane's view
  public boolean apiReady = true;
  /** When this node's kubelet (re)started, seconds: 0, or when the node came back from a crash. */
  public double kubeletStartedAt;
  public double lastHeartbeatAtApi;
  public double notReadySince = Double.NaN;
  /** When the node lifecycle controller tainted it NoExecute (not-ready), NaN while untainted. */
  public double notReadyTaintedAt = Double.NaN;
  public Timer evictionTimer;
  /** A readiness gate on the node's pods is false (peer reachability's markUnready). */
  public boolean readinessGateClosed;
  /** A NoExecute taint without toleration is on the node (peer reachability's taint). */
  public boolean noExecuteTaint;

  // kubelet
  Timer heartbeat;
  /** The control plane holds updates this node has not received (it was unreachable). */
  public boolean needsResync;

  public Node(World world, int host, NodeConfig config, int services) {
    this.host = host;
    this.config = config;
    this.proxy = new KubeProxy(world, this, services);
  }

  @Override
  public String toString() {
    return config.name();
  }
}
