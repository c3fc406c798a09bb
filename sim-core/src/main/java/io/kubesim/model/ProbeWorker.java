package io.kubesim.model;

import io.kubesim.probe.ProbeCheck;
import io.kubesim.probe.ProbeConfig;
import umontreal.ssj.simevents.Event;

/**
 * A kubelet probe worker for one container: ticks at a fixed period from a random offset within
 * the first period, sends the probe to the pod over the node's loopback (probe traffic never
 * crosses the network, but it does queue behind requests), and turns results into readiness,
 * restarts or the end of start-up after {@code successThreshold} / {@code failureThreshold}
 * consecutive results. A new container gets new workers.
 */
final class ProbeWorker extends Event {
  enum Kind { READINESS, LIVENESS, STARTUP }

  private final World world;
  private final Pod pod;
  private final ProbeConfig config;
  final Kind kind;
  private final int epoch;
  private boolean passing;
  private int successes;
  private int failures;
  private boolean inFlight;
  private boolean baselineOnly;
  private long servedAtLastProbe;
  private double lastProbeTime;

  ProbeWorker(World world, Pod pod, ProbeConfig config, Kind kind) {
    super(world.sim);
    this.world = world;
    this.pod = pod;
    this.config = config;
    this.kind = kind;
    this.epoch = pod.containerEpoch;
    this.passing = kind == Kind.LIVENESS;
  }

  /**
   * Starts ticking. {@code steadyState}: the pod was ready before the run began, so the worker is
   * passing and its first probe only sets the throughput baseline.
   */
  void start(boolean steadyState) {
    if (steadyState) {
      passing = true;
      baselineOnly = true;
    }
    servedAtLastProbe = pod.served;
    lastProbeTime = world.now();
    double offset = world.probeStream.nextDouble() * config.periodSeconds();
    schedule(config.initialDelaySeconds() + offset);
  }

  private boolean current() {
    return pod.containerEpoch == epoch && pod.containerUp && pod.phase == Pod.Phase.RUNNING;
  }

  @Override
  public void actions() {
    if (!current()) {
      return;
    }
    schedule(config.periodSeconds());
    if (inFlight) {
      return;
    }
    inFlight = true;
    Attempt a = world.attempts.take();
    a.probe = this;
    a.pod = pod;
    a.podEpoch = epoch;
    a.demandU = world.probeStream.nextDouble();
    a.attemptStart = world.now();
    a.deadline = a.attemptStart + config.timeoutSeconds();
    a.deadlineEvent.schedule(config.timeoutSeconds());
    if (!pod.listening) {
      a.clientDone = true;
      a.deadlineEvent.cancel();
      world.attempts.releaseIfIdle(a);
      onResult(false, epoch);
      return;
    }
    pod.server.offer(a);
  }

  /** The probe answered ({@code answered}) or timed out / was refused. */
  void onResult(boolean answered, int resultEpoch) {
    inFlight = false;
    if (resultEpoch != epoch || !current()) {
      return;
    }
    double now = world.now();
    boolean ok = answered && check(now);
    if (ok) {
      successes++;
      failures = 0;
      if (!passing && successes >= config.successThreshold()) {
        passing = true;
        Kubelet.onProbePassed(world, pod, this);
      }
    } else {
      failures++;
      successes = 0;
      if ((passing || kind != Kind.READINESS) && failures >= config.failureThreshold()) {
        passing = false;
        failures = 0;
        Kubelet.onProbeFailed(world, pod, this);
      }
    }
  }

  private boolean check(double now) {
    ProbeCheck c = config.check();
    if (!(c instanceof ProbeCheck.Throughput t)) {
      return true;
    }
    long served = pod.served - servedAtLastProbe;
    double since = lastProbeTime;
    servedAtLastProbe = pod.served;
    lastProbeTime = now;
    if (baselineOnly) {
      baselineOnly = false;
      return true;
    }
    if (served >= t.minRequests()) {
      return true;
    }
    switch (t.readmission()) {
      case AFTER:
        return !pod.kubeletReady && now - pod.kubeletUnreadySince >= t.readmitAfterSeconds();
      case WHILE_IN_ENDPOINTS:
        return !pod.inEndpoints || pod.lastEndpointExit >= since;
      default:
        return false;
    }
  }
}
