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

  private final EvictionClocks evictionClocks;

  // control plane's view
  private boolean apiReady = true;
  /** When this node's kubelet (re)started, seconds: 0, or when the node came back from a crash. */
  public double kubeletStartedAt;
  public double lastHeartbeatAtApi;
  public double notReadySince = Double.NaN;
  private double notReadyTaintedAt = Double.NaN;
  public Timer evictionTimer;
  /** A readiness gate on the node's pods is false (peer reachability's markUnready). */
  public boolean readinessGateClosed;
  /** A NoExecute taint without toleration is on the node (peer reachability's taint). */
  private boolean noExecuteTaint;

  // kubelet
  Timer heartbeat;
  /** The control plane holds updates this node has not received (it was unreachable). */
  public boolean needsResync;

  public Node(World world, int host, NodeConfig config, int services) {
    this.host = host;
    this.config = config;
    this.proxy = new KubeProxy(world, this, services);
    this.evictionClocks = world.evictionClocks;
  }

  /** Whether the control plane holds the node Ready. */
  public boolean apiReady() {
    return apiReady;
  }

  /** The control plane marks the node Ready or not. */
  public void setApiReady(boolean ready) {
    apiReady = ready;
    evictionClocks.update(this);
  }

  /** When the node lifecycle controller tainted it NoExecute (not-ready), NaN while untainted. */
  public double notReadyTaintedAt() {
    return notReadyTaintedAt;
  }

  /** The node lifecycle controller taints the node not-ready at {@code at}, or untaints it (NaN). */
  public void setNotReadyTaintedAt(double at) {
    notReadyTaintedAt = at;
    evictionClocks.update(this);
  }

  /** Whether a NoExecute taint without toleration is on the node. */
  public boolean noExecuteTaint() {
    return noExecuteTaint;
  }

  /** Puts on or lifts the NoExecute taint without toleration. */
  public void setNoExecuteTaint(boolean tainted) {
    noExecuteTaint = tainted;
    evictionClocks.update(this);
  }

  @Override
  public String toString() {
    return config.name();
  }
}
