package io.kubesim.model;

import io.kubesim.cluster.PodTemplate;
import io.kubesim.cluster.WarmCacheConfig;
import io.kubesim.dist.Distribution;

/**
 * A pod: its place, its container's lifecycle, what the kubelet and the API server believe about
 * its readiness, and its server.
 *
 * <p>Phases: pending (not yet bound) → starting (container being created) → running →
 * terminating → gone. The container can die and restart while running; the pod keeps its IP.
 */
final class Pod {
  enum Phase { PENDING, STARTING, RUNNING, GONE }

  final int id;
  final String name;
  final Deployment deployment;
  final int generation;
  final PodTemplate template;
  final PodServer server;
  final World world;
  final WarmCacheConfig warmCache;
  final Distribution serviceTime;
  Node node;
  Phase phase = Phase.PENDING;

  // container
  boolean containerUp;
  boolean listening;
  int containerEpoch;
  double containerStartTime;
  int restartsInBackoff;
  double crashLoopUntil = Double.NEGATIVE_INFINITY;

  // readiness as the kubelet sees it and as the API server records it
  boolean kubeletReady;
  boolean apiReady;
  boolean everReady;
  double kubeletUnreadySince;

  // deletion
  boolean terminating;
  boolean kubeletTerminating;
  double terminationDeadline;

  // endpoints
  boolean inEndpoints;
  long endpointStamp;
  double lastEndpointExit = Double.NEGATIVE_INFINITY;

  // gray failures
  double slowdown = 1;
  Distribution extraLatency;
  int faultMarks;

  long served;
  boolean countedGone;
  ProbeWorker readiness;
  ProbeWorker liveness;
  ProbeWorker startup;

  Pod(World world, int id, String name, Deployment deployment, int generation) {
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

  /** Whether a new connection to the pod's IP gets a SYN-ACK (something listens). */
  boolean accepting() {
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
      s = serviceTime.quantile(a.demandU);
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

  @Override
  public String toString() {
    return name;
  }
}
