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
   */
  record Throughput(int minRequests, Readmission readmission, double readmitAfterSeconds)
      implements ProbeCheck {
    public Throughput {
      Checks.inRange("throughput.minRequests", minRequests, 0, Integer.MAX_VALUE);
      if (readmission == null) {
        throw new IllegalArgumentException("throughput.readmission is required");
      }
      Checks.nonNegative("throughput.readmitAfterSeconds", readmitAfterSeconds);
      if (readmission == Readmission.AFTER && readmitAfterSeconds <= 0) {
        throw new IllegalArgumentException("throughput.readmitAfterSeconds must be > 0");
      }
    }

    @Override
    public String policyName() {
      return "throughput";
    }
  }

  /** How an unready pod regains readiness under the throughput check. */
  enum Readmission {
    /** Never: the check keeps failing because an unready pod gets no traffic. */
    NONE,
    /** After being unready for {@code readmitAfterSeconds}, the next check passes. */
    AFTER,
    /** Only intervals while the pod was in the service's endpoints count; otherwise it passes. */
    WHILE_IN_ENDPOINTS
  }
}
