package io.kubesim.cluster;

import io.kubesim.dist.Distribution;
import io.kubesim.probe.ProbeWorker;
import io.kubesim.traffic.Attempt;
import io.kubesim.world.World;

/**
 * A pod: its place, its container's lifecycle, what the kubelet and the API server believe about
 * its readiness, and its server.
 *
 * <p>Phases: pending (not yet bound) → starting (container being created) → running →
 * terminating → gone. The container can die and restart while running; the pod keeps its IP.
 */
public final class Pod {
  /** Where the pod is in its lifecycle. */
  public enum Phase { PENDING, STARTING, RUNNING, GONE }

  public final int id;
  public final String name;
  public final Deployment deployment;
  final int generation;
  public final PodTemplate template;
  public final PodServer server;
  final World world;
  final WarmCacheConfig warmCache;
  final Distribution serviceTime;
  /** The node it is bound to, null while pending; set only by {@link #bindTo}. */
  public Node node;
  /**
   * {@code node.host}, or −1 while pending: the request path reads it from the pod it already
   * holds, saving a visit to the node object (a cache miss per request in a large cluster).
   */
  public int host = -1;
  public Phase phase = Phase.PENDING;

  // container
  public boolean containerUp;
  public boolean listening;
  public int containerEpoch;
  double containerStartTime;
  /** The kubelet's restart back-off of this pod's container (null until it first exits). */
  CrashLoopBackOff backOff;
  public double crashLoopUntil = Double.NEGATIVE_INFINITY;

  // readiness as the kubelet sees it and as the API server records it
  public boolean kubeletReady;
  public boolean apiReady;
  public boolean everReady;
  public double kubeletUnreadySince;

  // deletion
  public boolean terminating;
  public boolean kubeletTerminating;
  double terminationDeadline;

  // endpoints
  public boolean inEndpoints;
  public long endpointStamp;
  public double lastEndpointExit = Double.NEGATIVE_INFINITY;

  // gray failures
  public double slowdown = 1;
  public Distribution extraLatency;
  public int faultMarks;

  public long served;
  boolean countedGone;
  ProbeWorker readiness;
  ProbeWorker liveness;
  ProbeWorker startup;

  public Pod(World world, int id, String name, Deployment deployment, int generation) {
    this.id = id;
    this.name = name;
    this.deployment = deployment;
    this.generation = generation;
    this.world = world;
    this.template = deployment.config.template();
    this.warmCache = template.warmCache().orElse(null);
    this.serviceTime = template.server().serviceTime();
    this.server = new PodServer(
        world, this, template.server().concurrency(), template.server().queueCapacity());
  }

  /**
   * The Ready condition the kubelet reports: its containers' readiness, and false while a
   * readiness gate on its node's pods is closed.
   */
  public boolean reportedReady() {
    return kubeletReady && (node == null || !node.readinessGateClosed);
  }

  /** Whether a new connection to the pod's IP gets a SYN-ACK (something listens). */
  public boolean accepting() {
    return phase == Phase.RUNNING && containerUp && listening;
  }

  /**
   * Service time of {@code a} if it starts now: its demand (drawn by inversion from the uniform
   * the attempt carries, so variants stay synchronised) × cold-cache × fault slowdown + extra.
   */
  double serviceSeconds(Attempt a, double now) {
    double s;
    if (a.isProbe()) {
      s = template.server().probeServiceTime().quantile(a.demandU);
    } else {
      s = serviceTime.quantile(a.demandU, a.demandExp);
      if (warmCache != null) {
        s *= warmCache.slowdownAfter(now - containerStartTime);
      }
    }
    s *= slowdown;
    if (extraLatency != null) {
      s += extraLatency.sample(world.faultStream);
    }
    return s;
  }

  /**
   * Reads the fields a request reads from the pod and its server, and returns a number made of
   * them that means nothing: called ahead of the request, it brings them into the cache. Changes
   * nothing.
   */
  public int prefetch() {
    return host + containerEpoch + (int) served + (phase == Phase.RUNNING ? 1 : 0)
        + (extraLatency == null ? 0 : 1) + server.prefetch();
  }

  @Override
  public String toString() {
    return name;
  }

  /** Binds the pod to {@code n}. */
  void bindTo(Node n) {
    node = n;
    host = n.host;
  }
}
