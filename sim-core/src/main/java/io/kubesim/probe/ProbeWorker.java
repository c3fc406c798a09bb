package io.kubesim.probe;

import io.kubesim.cluster.Kubelet;
import io.kubesim.cluster.Pod;
import io.kubesim.traffic.Attempt;
import io.kubesim.world.World;
import umontreal.ssj.simevents.Event;

/**
 * A kubelet probe worker for one container: ticks at a fixed period, sends the probe to the pod over the node's loopback (probe traffic never
 * crosses the network, but it does queue behind requests), and turns results into readiness,
 * restarts or the end of start-up after {@code successThreshold} / {@code failureThreshold}
 * consecutive results. A new container gets new workers.
 *
 * <p>When the first probe runs follows {@code pkg/kubelet/prober/worker.go}: a worker started
 * while its kubelet has been up for less than one period (the kubelet's own start, the cluster
 * at time 0, a node back from a crash) first sleeps a random fraction of the period, so that
 * probes started together spread out, then probes on its ticker, skipping ticks before
 * {@code initialDelaySeconds}. A container started later is probed as soon as
 * {@code initialDelaySeconds} have passed (the prober manager triggers a readiness probe of a
 * newly running container at once), then every period.
 */
public final class ProbeWorker extends Event {
  /** Which probe the worker runs: it decides what passing and failing do. */
  public enum Kind { READINESS, LIVENESS, STARTUP }

  private final World world;
  private final Pod pod;
  private final ProbeConfig config;
  public final Kind kind;
  private final int epoch;
  private boolean passing;
  private int successes;
  private int failures;
  private boolean inFlight;
  private final ReadinessCheck check;

  public ProbeWorker(World world, Pod pod, ProbeConfig config, Kind kind) {
    super(world.sim);
    this.world = world;
    this.pod = pod;
    this.config = config;
    this.kind = kind;
    this.epoch = pod.containerEpoch;
    this.passing = kind == Kind.LIVENESS;
    this.check = ReadinessChecks.create(config.check());
  }

  /**
   * Starts ticking. {@code steadyState}: the pod was ready before the run began, so the worker is
   * passing and its first probe only sets the throughput baseline.
   */
  public void start(boolean steadyState) {
    if (steadyState) {
      passing = true;
    }
    double now = world.now();
    check.start(pod, now, steadyState);
    schedule(firstProbeDelay(now - pod.node.kubeletStartedAt, config.periodSeconds(),
        config.initialDelaySeconds(), steadyState, world.probeStream.nextDouble()));
  }

  /**
   * Seconds from the worker's start to its first probe. {@code kubeletUpSeconds}: how long the
   * kubelet has run; {@code u}: a uniform draw in [0, 1) for the random initial sleep;
   * {@code steadyState}: the container has run for long already (no initial delay left).
   */
  static double firstProbeDelay(double kubeletUpSeconds, double periodSeconds,
      double initialDelaySeconds, boolean steadyState, double u) {
    double delay = steadyState ? 0 : initialDelaySeconds;
    if (periodSeconds <= kubeletUpSeconds) {
      return delay;
    }
    double first = u * periodSeconds;
    while (first < delay) {
      first += periodSeconds;
    }
    return first;
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
    a.demandExp = Double.NaN;
    a.attemptStart = world.now();
    // the timeout is armed only if the probe waits in the pod's queue or would finish too late
    a.deadline = a.attemptStart + config.timeoutSeconds();
    if (!pod.listening) {
      a.clientDone = true;
      world.attempts.releaseIfIdle(a);
      onResult(false, epoch);
      return;
    }
    pod.offer(a);
  }

  /** The probe answered ({@code answered}) or timed out / was refused. */
  public void onResult(boolean answered, int resultEpoch) {
    inFlight = false;
    if (resultEpoch != epoch || !current()) {
      return;
    }
    double now = world.now();
    boolean ok = answered && check.passes(pod, now);
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
}
