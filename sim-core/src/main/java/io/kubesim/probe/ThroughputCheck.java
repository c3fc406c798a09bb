package io.kubesim.probe;

import io.kubesim.cluster.Pod;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Fails when the pod served fewer than {@code minRequests} requests since the previous probe
 * ({@link ProbeCheck.Throughput}). Modelled as written, hazards included: an unready pod gets no
 * service traffic, so it passes again only as its re-admission mode allows; the modes are classes
 * chosen from {@link #READMISSIONS}.
 */
final class ThroughputCheck implements ReadinessCheck {

  /** How a probe that saw too few requests can still pass (a re-admission mode). */
  interface Readmission {
    /**
     * Whether the probe passes at {@code now} (seconds) although too few requests were served
     * since the previous probe at {@code since} (seconds).
     */
    boolean readmits(Pod pod, double now, double since);
  }

  /** Never: the check keeps failing because an unready pod gets no traffic. */
  static final class Never implements Readmission {
    @Override
    public boolean readmits(Pod pod, double now, double since) {
      return false;
    }
  }

  /** After the kubelet has held the pod unready for {@code seconds}, the next check passes. */
  static final class After implements Readmission {
    private final double seconds;

    After(double seconds) {
      this.seconds = seconds;
    }

    @Override
    public boolean readmits(Pod pod, double now, double since) {
      return !pod.kubeletReady && now - pod.kubeletUnreadySince >= seconds;
    }
  }

  /** Only intervals the pod spent wholly in the service's endpoints count; others pass. */
  static final class WhileInEndpoints implements Readmission {
    @Override
    public boolean readmits(Pod pod, double now, double since) {
      return !pod.inEndpoints || pod.lastEndpointExit >= since;
    }
  }

  /**
   * After a back-off that starts at {@code initialSeconds}, doubles each time the pod is made
   * unready again within {@code resetSeconds} of its last re-admission, up to {@code maxSeconds}
   * ({@link ProbeCheck.Backoff}). An unready episode is identified by the time the kubelet marked
   * the pod unready ({@code Pod.kubeletUnreadySince}).
   */
  static final class Backoff implements Readmission {
    private final ProbeCheck.Backoff config;
    private double episodeStart = Double.NaN;
    private double readmittedAt = Double.NEGATIVE_INFINITY;
    private double delaySeconds;

    Backoff(ProbeCheck.Backoff config) {
      this.config = config;
    }

    @Override
    public boolean readmits(Pod pod, double now, double since) {
      if (pod.kubeletReady) {
        return false;
      }
      if (pod.kubeletUnreadySince != episodeStart) {
        episodeStart = pod.kubeletUnreadySince;
        delaySeconds = episodeStart - readmittedAt >= config.resetSeconds()
            ? config.initialSeconds() : config.next(delaySeconds);
      }
      if (now - episodeStart < delaySeconds) {
        return false;
      }
      readmittedAt = now;
      return true;
    }

    /** The delay of the current (or last) unready episode, in seconds. */
    double delaySeconds() {
      return delaySeconds;
    }
  }

  /** The registry of re-admission modes: one line per mode. */
  static final Map<ProbeCheck.Readmission, Function<ProbeCheck.Throughput, Readmission>>
      READMISSIONS = new EnumMap<>(Map.of(
          ProbeCheck.Readmission.NONE, t -> new Never(),
          ProbeCheck.Readmission.AFTER, t -> new After(t.readmitAfterSeconds()),
          ProbeCheck.Readmission.WHILE_IN_ENDPOINTS, t -> new WhileInEndpoints(),
          ProbeCheck.Readmission.BACKOFF, t -> new Backoff(t.backoff())));

  private final int minRequests;
  private final Readmission readmission;
  private boolean baselineOnly;
  private long servedAtLastProbe;
  private double lastProbeTime;

  ThroughputCheck(ProbeCheck.Throughput config) {
    this.minRequests = config.minRequests();
    Function<ProbeCheck.Throughput, Readmission> mode = READMISSIONS.get(config.readmission());
    if (mode == null) {
      throw new IllegalStateException("no re-admission mode " + config.readmission());
    }
    this.readmission = mode.apply(config);
  }

  @Override
  public void start(Pod pod, double now, boolean steadyState) {
    baselineOnly = steadyState;
    servedAtLastProbe = pod.served;
    lastProbeTime = now;
  }

  @Override
  public boolean passes(Pod pod, double now) {
    long served = pod.served - servedAtLastProbe;
    double since = lastProbeTime;
    servedAtLastProbe = pod.served;
    lastProbeTime = now;
    if (baselineOnly) {
      baselineOnly = false;
      return true;
    }
    return served >= minRequests || readmission.readmits(pod, now, since);
  }
}
