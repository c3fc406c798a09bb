package io.kubesim.traffic;

import io.kubesim.cluster.Node;
import io.kubesim.cluster.Pod;
import io.kubesim.dist.DrawAhead;
import io.kubesim.engine.Timer;
import io.kubesim.mesh.Mesh;
import io.kubesim.metrics.FailureCause;
import io.kubesim.proxy.EndpointSnapshot;
import io.kubesim.proxy.KubeProxy;
import io.kubesim.proxy.ServiceConfig;
import io.kubesim.world.World;
import umontreal.ssj.rng.RandomStream;

/**
 * A client population: generates requests (open-loop Poisson by thinning, or closed-loop users),
 * routes new connections the way its location implies (the source node's kube-proxy, a cloud load
 * balancer to a NodePort, or DNS for a headless service), and reports outcomes to the metrics.
 */
public final class Client {
  private static final FailureCause[] CAUSES = FailureCause.values();

  final World world;
  final ClientConfig config;
  public final int service;
  final ServiceConfig serviceConfig;
  final boolean external;
  final boolean leastConnection;
  /** The service's mesh, whose node proxies pick endpoints and retry; null without a mesh. */
  final Mesh mesh;
  /** Connect timeout of a try: the client's own, or its mesh proxy's. */
  final double connectTimeoutSeconds;
  private final int[] sourceHosts;
  /** Arrival uniforms, each with its unit exponential computed ahead. */
  private final DrawAhead arrivals;
  private final RandomStream placement;
  private final RandomStream lb;
  /** Reads the next requests' pods ahead in a large cluster; null where it is not used. */
  private final PodPrefetcher prefetcher;

  // open loop
  private final RateProfile rate;
  private final double maxRate;
  private final Timer arrivalTimer;
  // closed loop
  private final Arrivals.ClosedLoop closedLoop;
  private final Timer[] users;

  // keep-alive pools per source or ingress node
  private final ConnectionPool[] pools;
  // headless DNS cache per source node
  private final EndpointSnapshot[] dnsAnswer;
  private final double[] dnsExpiry;
  private final int[] dnsTurn;
  // ClientIP session affinity per client pod (this client's pod on each source node)
  private final io.kubesim.proxy.AffinityEntry[] clientIp;
  // cluster DNS: until when this client's pods on each node keep the answer (null: no cache)
  double[] dnsCachedUntil;
  // external load balancer's healthy nodes
  private int[] healthy = new int[0];
  private int healthyCount;
  private final Timer healthCheck;

  public Client(World world, ClientConfig config, int service) {
    this.world = world;
    this.config = config;
    this.service = service;
    this.serviceConfig = world.services[service].config;
    this.external = config.external();
    this.leastConnection = world.config.kubeProxy().mode() == io.kubesim.proxy.ProxyMode.IPVS_LC
        && !serviceConfig.headless();
    this.mesh = world.meshes[service];
    this.connectTimeoutSeconds = mesh == null
        ? config.connectTimeoutSeconds() : mesh.config.connectTimeoutSeconds();
    this.arrivals = world.arrivalStream;
    this.placement = world.placementStream;
    this.lb = world.lbStream;
    this.healthCheck = new Timer(world.sim, this::refreshLoadBalancer);
    if (config.nodes().isEmpty()) {
      sourceHosts = new int[world.nodes.length];
      for (int i = 0; i < sourceHosts.length; i++) {
        sourceHosts[i] = i;
      }
    } else {
      sourceHosts = config.nodes().stream().mapToInt(n -> world.nodeByName.get(n).host).toArray();
    }
    this.prefetcher = PodPrefetcher.forClient(world, config, sourceHosts, service);
    int n = world.nodes.length;
    pools = new ConnectionPool[config.connections().keepAlive() ? n + 1 : 0];
    for (int i = 0; i < pools.length; i++) {
      pools[i] = new ConnectionPool(
          config.connections().maxIdlePerNode(), config.connections().idleTimeoutSeconds());
    }
    dnsAnswer = new EndpointSnapshot[serviceConfig.headless() ? n : 0];
    dnsExpiry = new double[dnsAnswer.length];
    java.util.Arrays.fill(dnsExpiry, Double.NEGATIVE_INFINITY);
    dnsTurn = new int[dnsAnswer.length];
    clientIp = new io.kubesim.proxy.AffinityEntry[n];
    for (int i = 0; i < n; i++) {
      clientIp[i] = new io.kubesim.proxy.AffinityEntry();
    }
    if (world.dns != null && world.dns.config().clientCacheTtlSeconds() > 0 && !external) {
      dnsCachedUntil = new double[n];
      java.util.Arrays.fill(dnsCachedUntil, Double.NEGATIVE_INFINITY);
    }
    if (config.arrivals() instanceof Arrivals.Poisson p) {
      rate = p.rate();
      maxRate = rate.maxRate();
      arrivalTimer = new Timer(world.sim, this::onArrival);
      closedLoop = null;
      users = new Timer[0];
    } else {
      rate = null;
      maxRate = 0;
      arrivalTimer = null;
      closedLoop = (Arrivals.ClosedLoop) config.arrivals();
      users = new Timer[closedLoop.users()];
      for (int u = 0; u < users.length; u++) {
        final int user = u;
        users[u] = new Timer(world.sim, () -> newRequest(user));
      }
    }
  }

  /** Schedules the first arrivals. */
  public void start() {
    if (external) {
      refreshLoadBalancer();
    }
    if (arrivalTimer != null) {
      if (maxRate > 0) {
        arrivalTimer.schedule(arrivals.nextVariate() / maxRate);
      }
    } else {
      for (Timer u : users) {
        u.schedule(closedLoop.thinkTime().sample(arrivals));
      }
    }
  }

  private void onArrival() {
    double now = world.now();
    if (now >= world.arrivalsEnd) {
      return;
    }
    arrivalTimer.schedule(arrivals.nextVariate() / maxRate);
    if (!(rate instanceof RateProfile.Constant) && arrivals.nextDouble() * maxRate > rate.rateAt(now)) {
      return;
    }
    newRequest(-1);
  }

  private void newRequest(int user) {
    double now = world.now();
    if (now >= world.arrivalsEnd) {
      return;
    }
    Attempt a = world.attempts.take();
    a.client = this;
    a.user = user;
    a.firstStart = now;
    a.attemptNumber = 1;
    if (external) {
      a.sourceHost = world.network.external();
    } else {
      if (prefetcher != null) {
        prefetcher.beforeRequest();
      }
      a.sourceHost = sourceHosts[sourceIndex(placement.nextDouble(), sourceHosts.length)];
      if (evicted(a.sourceHost)) {
        a.sourceHost = relocate();
      }
      if (a.sourceHost < 0 || world.network.isDown(a.sourceHost)) {
        a.clientDone = true;
        world.attempts.releaseIfIdle(a);
        thinkThenRequest(user, now);
        return;
      }
    }
    a.viaNode = a.sourceHost;
    RequestPath.startAttempt(a);
  }

  /** Which of {@code n} source nodes the placement uniform {@code u} chooses. */
  static int sourceIndex(double u, int n) {
    return (int) (u * n);
  }

  /**
   * Whether the client's pods on {@code node} have been evicted: the node has had the node
   * lifecycle controller's not-ready taint for the toleration period, or it has a NoExecute taint
   * without toleration, so they now run on other nodes.
   */
  private boolean evicted(int node) {
    return world.evictionClocks.evicted(node, world.now());
  }

  /** A source node, uniformly among the client's nodes not evicted, or −1 if there is none. */
  private int relocate() {
    int candidates = 0;
    for (int h : sourceHosts) {
      if (!evicted(h)) {
        candidates++;
      }
    }
    if (candidates == 0) {
      return -1;
    }
    int k = (int) (placement.nextDouble() * candidates);
    for (int h : sourceHosts) {
      if (!evicted(h) && k-- == 0) {
        return h;
      }
    }
    throw new IllegalStateException("unreachable");
  }

  /** {@link #route}: a backend was chosen (or a pooled connection taken). */
  static final int ROUTED = 0;
  /** {@link #route}: nothing to route to. */
  static final int NO_BACKEND = 1;
  /** {@link #route}: the service's name must be resolved through the cluster DNS first. */
  static final int NEEDS_LOOKUP = 2;

  /** Chooses the backend of a new attempt: {@link #ROUTED}, {@link #NO_BACKEND} or a lookup. */
  int route(Attempt a) {
    double now = world.now();
    if (mesh != null) {
      if (world.dns != null && !a.resolved && a.attemptNumber == 1
          && mesh.config.resolvesThroughClusterDns()) {
        return NEEDS_LOOKUP;
      }
      a.viaNode = a.sourceHost;
      a.pod = mesh.pick(a.sourceHost, a.tried, a.triedBefore, now);
      return a.pod != null ? ROUTED : NO_BACKEND;
    }
    if (pools.length > 0) {
      int key = external ? pools.length - 1 : a.sourceHost;
      if (pools[key].takeInto(a, now)) {
        return ROUTED;
      }
    }
    if (external) {
      if (healthyCount == 0) {
        return NO_BACKEND;
      }
      a.viaNode = healthy[(int) (lb.nextDouble() * healthyCount)];
      KubeProxy proxy = world.nodes[a.viaNode].proxy;
      a.pod = serviceConfig.externalTrafficPolicy() == ServiceConfig.ExternalTrafficPolicy.LOCAL
          ? proxy.pickLocal(service, lb)
          : proxy.pickExternal(service, lb);
      return a.pod != null ? ROUTED : NO_BACKEND;
    }
    if (world.dns != null && !a.resolved) {
      return NEEDS_LOOKUP;
    }
    a.viaNode = a.sourceHost;
    if (serviceConfig.headless()) {
      a.pod = resolve(a.sourceHost, now);
    } else {
      a.pod = world.routing.pick(a.sourceHost, service, lb, clientIp[a.sourceHost]);
    }
    return a.pod != null ? ROUTED : NO_BACKEND;
  }

  /**
   * Whether an attempt that {@link #route} found no backend for was dropped by its node's
   * kube-proxy ({@code internalTrafficPolicy: Local} without a local endpoint) rather than
   * rejected.
   */
  boolean dropped(Attempt a) {
    return !external && !serviceConfig.headless()
        && world.nodes[a.sourceHost].proxy.drops(service);
  }

  private Pod resolve(int node, double now) {
    if (now >= dnsExpiry[node]) {
      dnsAnswer[node] = world.services[service].current;
      dnsExpiry[node] = now + serviceConfig.dnsTtlSeconds();
    }
    Pod[] answers = dnsAnswer[node].pods;
    if (answers.length == 0) {
      return null;
    }
    switch (serviceConfig.dnsChoice()) {
      case RANDOM:
        return answers[(int) (lb.nextDouble() * answers.length)];
      case ROUND_ROBIN: {
        int i = dnsTurn[node] % answers.length;
        dnsTurn[node] = i + 1;
        return answers[i];
      }
      default:
        return answers[0];
    }
  }

  /** The load balancer's health check of every node's NodePort. */
  void refreshLoadBalancer() {
    Node[] nodes = world.nodes;
    if (healthy.length != nodes.length) {
      healthy = new int[nodes.length];
    }
    healthyCount = 0;
    boolean local =
        serviceConfig.externalTrafficPolicy() == ServiceConfig.ExternalTrafficPolicy.LOCAL;
    for (Node n : nodes) {
      if (!world.network.canConnect(world.network.external(), n.host)) {
        continue;
      }
      if (local && n.proxy.countLocal(n.proxy.applied[service]) == 0) {
        continue;
      }
      healthy[healthyCount++] = n.host;
    }
    healthCheck.schedule(config.lbHealthCheckSeconds());
  }

  void onSuccess(Attempt a, double at) {
    world.metrics.recordSuccess(a.firstStart, at, a.attemptNumber);
    if (pools.length > 0) {
      int key = external ? pools.length - 1 : a.sourceHost;
      pools[key].giveBack(a.pod, a.podEpoch, a.viaNode, at);
    }
    thinkThenRequest(a.user, at);
  }

  void onFailure(Attempt a, int cause, double at) {
    world.metrics.recordFailure(a.firstStart, at, CAUSES[cause], a.attemptNumber);
    thinkThenRequest(a.user, at);
  }

  private void thinkThenRequest(int user, double at) {
    if (user >= 0) {
      double wait = at - world.now() + closedLoop.thinkTime().sample(arrivals);
      users[user].schedule(Math.max(0, wait));
    }
  }
}
