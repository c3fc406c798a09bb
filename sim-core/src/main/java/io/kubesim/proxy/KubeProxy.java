package io.kubesim.proxy;

import io.kubesim.cluster.Node;
import io.kubesim.cluster.Pod;
import io.kubesim.engine.Timer;
import io.kubesim.world.World;
import umontreal.ssj.rng.RandomStream;

/**
 * One node's kube-proxy: the endpoint snapshots it has received from the control plane, the ones
 * it has applied to its rules, and backend selection for new connections.
 *
 * <p>Updates arrive over an in-order watch stream ({@link #receive}); a changed view is applied by
 * a sync that {@link SyncRunner} times: at once while the burst allows ({@code syncBurst} 2),
 * else no sooner than {@code minSyncPeriod} after the previous sync, updates meanwhile applied in
 * one sync, which takes effect {@code syncDuration} after it starts. Established connections are not affected by a sync (conntrack is
 * not flushed): attempts keep the pod they connected to.
 *
 * <p>A service with {@code trafficDistribution} or {@code internalTrafficPolicy: Local} is routed
 * to the subset of its applied endpoints that {@link Topology} keeps for this node, recomputed
 * when a view is applied; other services are routed to the applied view itself.
 */
public final class KubeProxy {
  private final World world;
  final Node node;
  public final EndpointSnapshot[] applied;
  /**
   * Holds what this node routes internal traffic to, per service ({@link #applied} unless
   * filtered), and its backend picker.
   */
  private final RoutingTable routing;
  /** What this node routes external traffic to under the Cluster policy (topology only). */
  private final EndpointSnapshot[] routedExternal;
  private final Topology[] topology;
  private final boolean[] internalLocal;
  private final EndpointSnapshot[] received;
  private final SyncRunner syncRunner;
  /** The views a sync in progress read when it started; applied when it completes. */
  private final EndpointSnapshot[] syncing;
  /**
   * ClientIP affinity per service of traffic without an entry of its own: external traffic
   * entering at this node and callers of {@link #pick(int, RandomStream)}.
   */
  private final AffinityEntry[] nodeAffinity;
  private int[] activeConnections = new int[0];

  // in-order watch stream from the API server
  private double[] feedTime = new double[8];
  private int[] feedService = new int[8];
  private EndpointSnapshot[] feedSnapshot = new EndpointSnapshot[8];
  private int feedHead;
  private int feedSize;
  private double lastArrival = Double.NEGATIVE_INFINITY;
  private final Timer feedTimer;

  public KubeProxy(World world, Node node, int services) {
    this.world = world;
    this.node = node;
    this.applied = new EndpointSnapshot[services];
    this.received = new EndpointSnapshot[services];
    this.routedExternal = new EndpointSnapshot[services];
    this.topology = new Topology[services];
    this.internalLocal = new boolean[services];
    for (int s = 0; s < services; s++) {
      ServiceConfig sc = world.config.services().get(s);
      if (!sc.clusterWide()) {
        topology[s] = Topology.of(sc.trafficDistribution());
        internalLocal[s] =
            sc.internalTrafficPolicy() == ServiceConfig.InternalTrafficPolicy.LOCAL;
      }
    }
    java.util.Arrays.fill(applied, EndpointSnapshot.EMPTY);
    java.util.Arrays.fill(received, EndpointSnapshot.EMPTY);
    java.util.Arrays.fill(routedExternal, EndpointSnapshot.EMPTY);
    this.syncing = new EndpointSnapshot[services];
    KubeProxyConfig kp = world.config.kubeProxy();
    this.syncRunner = new SyncRunner(world.sim, kp.minSyncPeriodSeconds(), kp.syncBurst(),
        kp.syncDurationSeconds(), this::beginSync, this::completeSync);
    this.feedTimer = new Timer(world.sim, this::drainFeed);
    this.routing = world.routing;
    routing.setPicker(node.host, BackendPicker.create(world.config.kubeProxy().mode(), this));
    this.nodeAffinity = new AffinityEntry[services];
    for (int s = 0; s < services; s++) {
      nodeAffinity[s] = new AffinityEntry();
    }
  }

  /** Services this proxy routes for. */
  int services() {
    return applied.length;
  }

  /** Sets both views at time zero (the cluster starts in a steady state). */
  public void initialise(int service, EndpointSnapshot s) {
    applied[service] = s;
    received[service] = s;
    route(service);
  }

  /** What this node routes internal traffic to {@code service} to. */
  public EndpointSnapshot routed(int service) {
    return routing.routed(service, node.host);
  }

  /** Recomputes the routed views of {@code service} from its applied view. */
  private void route(int service) {
    EndpointSnapshot v = applied[service];
    if (topology[service] == null) {
      routing.setRouted(service, node.host, v);
      routedExternal[service] = v;
      return;
    }
    routedExternal[service] = topology[service].filter(v, node);
    routing.setRouted(service, node.host, internalLocal[service]
        ? Topology.localOnly(v, node) : routedExternal[service]);
  }

  /**
   * Whether this node drops new internal connections to {@code service}: its policy is
   * {@code internalTrafficPolicy: Local}, it has no local endpoint, but the service has some.
   */
  public boolean drops(int service) {
    return internalLocal[service] && routed(service).routable() == null
        && applied[service].pods.length > 0;
  }

  /** The API server sends {@code s} now; it arrives after {@code delay}, in order. */
  public void send(int service, EndpointSnapshot s, double delay) {
    double arrival = Math.max(world.now() + delay, lastArrival);
    lastArrival = arrival;
    if (feedSize == feedTime.length) {
      growFeed();
    }
    int i = (feedHead + feedSize) % feedTime.length;
    feedTime[i] = arrival;
    feedService[i] = service;
    feedSnapshot[i] = s;
    feedSize++;
    if (!Timer.pending(feedTimer)) {
      Timer.scheduleAt(feedTimer, feedTime[feedHead]);
    }
  }

  private void growFeed() {
    int n = feedTime.length * 2;
    double[] t = new double[n];
    int[] sv = new int[n];
    EndpointSnapshot[] sn = new EndpointSnapshot[n];
    for (int k = 0; k < feedSize; k++) {
      int i = (feedHead + k) % feedTime.length;
      t[k] = feedTime[i];
      sv[k] = feedService[i];
      sn[k] = feedSnapshot[i];
    }
    feedTime = t;
    feedService = sv;
    feedSnapshot = sn;
    feedHead = 0;
  }

  private void drainFeed() {
    double now = world.now();
    while (feedSize > 0 && feedTime[feedHead] <= now) {
      receive(feedService[feedHead], feedSnapshot[feedHead]);
      feedSnapshot[feedHead] = null;
      feedHead = (feedHead + 1) % feedTime.length;
      feedSize--;
    }
    if (feedSize > 0) {
      Timer.scheduleAt(feedTimer, feedTime[feedHead]);
    }
  }

  private void receive(int service, EndpointSnapshot s) {
    if (s.version <= received[service].version) {
      return;
    }
    received[service] = s;
    syncRunner.request();
  }

  /** A sync starts: it reads the views received so far. */
  private void beginSync() {
    System.arraycopy(received, 0, syncing, 0, received.length);
  }

  /** The sync's rules take effect. */
  private void completeSync() {
    for (int s = 0; s < applied.length; s++) {
      if (applied[s] != syncing[s]) {
        EndpointSnapshot old = routed(s);
        applied[s] = syncing[s];
        route(s);
        world.tracking.onViewApplied(node, s, old, routed(s));
      }
    }
  }

  /**
   * Picks a backend for a new internal connection to {@code service}, or null if this node routes
   * it to no endpoint (see {@link #drops} for whether that is a DROP or a REJECT): a routed ready
   * endpoint, or when none is left a serving-terminating one (KEP-1669, GA in 1.28).
   * {@code clientIp} is the calling pod's ClientIP-affinity entry, used when the service has
   * {@code sessionAffinity: ClientIP}.
   */
  public Pod pick(int service, RandomStream lb, AffinityEntry clientIp) {
    return routing.pick(node.host, service, lb, clientIp);
  }

  /**
   * {@link #pick(int, RandomStream, AffinityEntry)} for a caller that keeps no affinity entry of
   * its own (cluster DNS queries to kube-dns, which has none): should the service have ClientIP
   * affinity, its callers on this node share the node's entry.
   */
  public Pod pick(int service, RandomStream lb) {
    return routing.pick(node.host, service, lb, nodeAffinity[service]);
  }

  /**
   * Picks a backend for external traffic entering at this node under the Cluster policy; the
   * external clients share one ClientIP-affinity entry per node and service.
   */
  public Pod pickExternal(int service, RandomStream lb) {
    return routing.pick(node.host, service, routedExternal[service], lb, nodeAffinity[service]);
  }

  /**
   * Picks among the endpoints on this node only ({@code externalTrafficPolicy: Local}): the ready
   * local ones, or when none is left the serving-terminating local ones (KEP-1669).
   */
  public Pod pickLocal(int service, RandomStream lb) {
    EndpointSnapshot v = applied[service];
    Pod[] candidates = v.pods;
    int local = countLocal(candidates);
    if (local == 0) {
      candidates = v.servingTerminating;
      local = countLocal(candidates);
      if (local == 0) {
        return null;
      }
    }
    int k = (int) (lb.nextDouble() * local);
    for (Pod p : candidates) {
      if (p.node == node && k-- == 0) {
        return p;
      }
    }
    throw new IllegalStateException("unreachable");
  }

  /** Ready endpoints of {@code v} on this node (what the load balancer's health check counts). */
  public int countLocal(EndpointSnapshot v) {
    return countLocal(v.pods);
  }

  private int countLocal(Pod[] pods) {
    int local = 0;
    for (Pod p : pods) {
      if (p.node == node) {
        local++;
      }
    }
    return local;
  }

  /** Connections this node's proxy has open to {@code p}. */
  int active(Pod p) {
    return p.id < activeConnections.length ? activeConnections[p.id] : 0;
  }

  public void connectionOpened(Pod p) {
    if (p.id >= activeConnections.length) {
      activeConnections = java.util.Arrays.copyOf(activeConnections, Math.max(p.id + 1, 2 * activeConnections.length));
    }
    activeConnections[p.id]++;
  }

  public void connectionClosed(Pod p) {
    activeConnections[p.id]--;
  }
}
