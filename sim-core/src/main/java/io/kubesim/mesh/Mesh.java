package io.kubesim.mesh;

import io.kubesim.cluster.Pod;
import io.kubesim.proxy.EndpointSnapshot;
import io.kubesim.world.World;
import umontreal.ssj.rng.RandomStream;
import umontreal.ssj.simevents.Simulator;

/**
 * One service's mesh in one replication: a client proxy per node, each with its own balancer and
 * endpoint view, fed by the mesh's control plane. Requests from a node go through that node's
 * proxy, which connects straight to the chosen pod (no kube-proxy hop), retries per the policy
 * and reports every result to its balancer. All randomness comes from the mesh's own stream.
 * Each balancer tells the tracking when the endpoints it would route to change (exposure).
 */
public final class Mesh {
  public final MeshConfig config;
  private final World w;
  private final int service;
  private final RandomStream random;
  private final Balancer[] proxies;
  private final long[] appliedVersion;
  private final ControlPlaneFeed feed;

  public Mesh(World w, int service, MeshConfig config) {
    this.w = w;
    this.service = service;
    this.config = config;
    this.random = w.meshStream;
    this.proxies = new Balancer[w.nodes.length];
    this.appliedVersion = new long[w.nodes.length];
    for (int i = 0; i < proxies.length; i++) {
      proxies[i] = Balancers.create(config, new NodeProxy(i));
    }
    this.feed = new ControlPlaneFeed(w, this, config.controlPlane(), random);
  }

  /** Every proxy starts at time zero with {@code s}. */
  public void initialise(EndpointSnapshot s) {
    feed.initialise(s);
    for (int i = 0; i < proxies.length; i++) {
      apply(i, s);
    }
  }

  /** The API server published new endpoints for the service. */
  public void onEndpoints(EndpointSnapshot s) {
    feed.onEndpoints(s);
  }

  /** Proxies cut from the control plane that can be reached again resync. */
  public void resyncReachable() {
    feed.resync();
  }

  /** Node {@code node}'s proxy applies {@code s} unless it already has a newer view. */
  void apply(int node, EndpointSnapshot s) {
    if (s.version() < appliedVersion[node]) {
      return;
    }
    appliedVersion[node] = s.version();
    proxies[node].updateHosts(s.pods, w.now());
  }

  /** Node {@code node}'s proxy picks the pod of a new try, or null ("no healthy upstream"). */
  public Pod pick(int node, Pod tried, Pod triedBefore, double now) {
    return proxies[node].pick(tried, triedBefore, now);
  }

  /** A try from node {@code node} to {@code pod} ended with {@link MeshOutcome} {@code outcome}. */
  public void onResult(int node, Pod pod, int outcome, double latencySeconds, double now) {
    proxies[node].onResult(pod, outcome, latencySeconds, now);
  }

  /** The wait before retry {@code retry} (1-based), drawn from the policy's back-off. */
  public double retryWaitSeconds(int retry) {
    return random.nextDouble() * config.retries().backoffCeilingSeconds(retry);
  }

  /** The balancer of node {@code node}'s proxy. */
  public Balancer proxy(int node) {
    return proxies[node];
  }

  /** One node's proxy as its balancer sees the replication. */
  private final class NodeProxy implements ProxyContext {
    private final int node;

    NodeProxy(int node) {
      this.node = node;
    }

    @Override
    public Simulator sim() {
      return w.sim;
    }

    @Override
    public RandomStream random() {
      return random;
    }

    @Override
    public void onEjected(Pod host, double now) {
      if (w.tracking.healthyEndpoint(host)) {
        w.metrics.recordFalseEjection(now);
      }
    }

    @Override
    public void onRoutesChanged() {
      // proxies are built before the tracking exists; nothing is tracked that early
      if (w.tracking != null) {
        w.tracking.onMeshRoutesChanged(service, node);
      }
    }
  }
}
