package io.kubesim.probe;

import io.kubesim.config.Checks;

/**
 * The configuration of what a probe checks once the pod has answered within the timeout. Both
 * checks can be attached to a readiness or a liveness probe; each record's
 * {@link #policyName()} selects its behaviour from the registry in {@code ReadinessChecks}.
 */
public sealed interface ProbeCheck permits ProbeCheck.Http, ProbeCheck.Throughput {

  /** The policy's registry name. */
  String policyName();

  /** Kubernetes' usual HTTP check: succeeds whenever the process answers in time. */
  record Http() implements ProbeCheck {
    @Override
    public String policyName() {
      return "http";
    }
  }

  /**
   * Fails when the pod served fewer than {@code minRequests} requests since the previous probe.
   * Modelled as written, hazards included: an unready pod gets no service traffic and so cannot
   * pass again unless {@code readmission} says how.
   *
   * @param minRequests requests the pod must have served since the previous probe
   * @param readmission how an unready pod can become ready again
   * @param readmitAfterSeconds for {@link Readmission#AFTER}: time unready after which the check
   *     passes once so the pod gets traffic again
   * @param backoff for {@link Readmission#BACKOFF}: the growing re-admission delay
   */
  record Throughput(
      int minRequests, Readmission readmission, double readmitAfterSeconds, Backoff backoff)
      implements ProbeCheck {
    public Throughput {
      Checks.inRange("throughput.minRequests", minRequests, 0, Integer.MAX_VALUE);
      if (readmission == null) {
        throw new IllegalArgumentException("throughput.readmission is required");
      }
      if (backoff == null) {
        throw new IllegalArgumentException("throughput.backoff is required");
      }
      Checks.nonNegative("throughput.readmitAfterSeconds", readmitAfterSeconds);
      if (readmission == Readmission.AFTER && readmitAfterSeconds <= 0) {
        throw new IllegalArgumentException("throughput.readmitAfterSeconds must be > 0");
      }
    }

    /** A throughput check with the default re-admission back-off ({@link Backoff#DEFAULTS}). */
    public Throughput(int minRequests, Readmission readmission, double readmitAfterSeconds) {
      this(minRequests, readmission, readmitAfterSeconds, Backoff.DEFAULTS);
    }

    @Override
    public String policyName() {
      return "throughput";
    }
  }

  /**
   * The re-admission back-off of {@link Readmission#BACKOFF}, in seconds: a pod the check made
   * unready passes again after {@code initialSeconds}; each time it is made unready again within
   * {@code resetSeconds} of its last re-admission the delay doubles, up to {@code maxSeconds};
   * after {@code resetSeconds} ready it starts again from {@code initialSeconds}. The defaults are
   * the kubelet's CrashLoopBackOff (10 s doubling to 300 s, reset after 10 min); the doubling is
   * the idea of Envoy's ejection multiplier.
   *
   * @param initialSeconds delay before the first re-admission (10 s)
   * @param maxSeconds largest delay (300 s)
   * @param resetSeconds time ready without failing after which the delay starts over (600 s)
   */
  record Backoff(double initialSeconds, double maxSeconds, double resetSeconds) {
    /** 10 s doubling to 300 s, reset after 600 s, as the kubelet's CrashLoopBackOff. */
    public static final Backoff DEFAULTS = new Backoff(10, 300, 600);

    public Backoff {
      Checks.positive("throughput.backoffInitial", initialSeconds);
      Checks.positive("throughput.backoffMax", maxSeconds);
      Checks.nonNegative("throughput.backoffReset", resetSeconds);
      if (maxSeconds < initialSeconds) {
        throw new IllegalArgumentException("throughput.backoffMax (" + maxSeconds
            + " s) must be at least backoffInitial (" + initialSeconds + " s)");
      }
    }

    /** The delay before re-admission after {@code delaySeconds}, on a re-failure: doubled. */
    public double next(double delaySeconds) {
      return Math.min(maxSeconds, 2 * delaySeconds);
    }
  }

  /** How an unready pod regains readiness under the throughput check. */
  enum Readmission {
    /** Never: the check keeps failing because an unready pod gets no traffic. */
    NONE,
    /** After being unready for {@code readmitAfterSeconds}, the next check passes. */
    AFTER,
    /** Only intervals while the pod was in the service's endpoints count; otherwise it passes. */
    WHILE_IN_ENDPOINTS,
    /** After a delay that doubles each time the pod is made unready again ({@link Backoff}). */
    BACKOFF
  }
}
