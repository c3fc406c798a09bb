package io.kubesim.cluster;

import io.kubesim.probe.ProbeWorker;
import io.kubesim.world.World;

/**
 * A pod: its place, its container's lifecycle, what the kubelet and the API server believe about
 * its readiness, and its server.
 *
 * <p>Phases: pending (not yet bound) → starting (container being created) → running →
 * terminating → gone. The container can die and restart while running; the pod keeps its IP.
 *
 * <p>A pod is its own server: {@link PodServer}, the superclass, holds the queueing station and
 * the pod's fields that every request reads (host, phase, container state, fault slowdown, served
 * count), which the JVM lays out first in the object; see there why.
 */
public final class Pod extends PodServer {
  /** Where the pod is in its lifecycle. */
  public enum Phase { PENDING, STARTING, RUNNING, GONE }

  public final int id;
  public final String name;
  public final Deployment deployment;
  final int generation;
  public final PodTemplate template;
  /** The node it is bound to, null while pending; set only by {@link #bindTo}. */
  public Node node;

  // container
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
  public int faultMarks;

  boolean countedGone;
  ProbeWorker readiness;
  ProbeWorker liveness;
  ProbeWorker startup;

  public Pod(World world, int id, String name, Deployment deployment, int generation) {
    super(world, deployment.config.template());
    this.id = id;
    this.name = name;
    this.deployment = deployment;
    this.generation = generation;
    this.template = deployment.config.template();
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
