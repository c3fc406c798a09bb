package io.kubesim.mesh;

import io.kubesim.config.Checks;
import java.util.Optional;

/**
 * A Linkerd proxy on every client node: power-of-two-choices over peak-EWMA latency (tower's
 * {@code p2c} and {@code load::PeakEwma}), optional consecutive-failure accrual, endpoints from
 * Linkerd's destination controller. Linkerd does not retry unless a route says so.
 *
 * @param decaySeconds peak-EWMA decay time constant τ (10 s)
 * @param defaultRttSeconds RTT estimate of an endpoint without a response yet (30 ms)
 * @param connectTimeoutSeconds the proxy's outbound connect timeout (1 s)
 * @param retries the proxy's retries (none by default)
 * @param failureAccrual consecutive-failure accrual, when the service's
 *     {@code balancer.linkerd.io/failure-accrual: consecutive} annotation is set
 * @param controlPlane the destination controller's endpoint stream
 */
public record LinkerdConfig(
    double decaySeconds,
    double defaultRttSeconds,
    double connectTimeoutSeconds,
    MeshRetryPolicy retries,
    Optional<FailureAccrualConfig> failureAccrual,
    ControlPlanePush controlPlane) implements MeshConfig {

  public LinkerdConfig {
    Checks.positive("mesh.ewmaDecay", decaySeconds);
    Checks.positive("mesh.defaultRtt", defaultRttSeconds);
    Checks.positive("mesh.connectTimeout", connectTimeoutSeconds);
    if (retries == null || failureAccrual == null || controlPlane == null) {
      throw new IllegalArgumentException(
          "linkerd: retries, failureAccrual (Optional) and controlPlane are required");
    }
  }

  /** Linkerd's defaults, with failure accrual {@code accrual} (or none). */
  public static LinkerdConfig defaults(Optional<FailureAccrualConfig> accrual) {
    return new LinkerdConfig(10, 0.030, 1, MeshRetryPolicy.none(), accrual,
        ControlPlanePush.linkerdDefaults());
  }

  @Override
  public String kind() {
    return "linkerd";
  }

  /**
   * Linkerd's consecutive-failure accrual ({@code linkerd.io/2-edge/reference/circuit-breaking}):
   * after {@code maxFailures} consecutive failures the endpoint is unavailable for a penalty of
   * {@code minPenalty} doubling per failed probe up to {@code maxPenalty}, plus up to
   * {@code jitterRatio} × the penalty at random; then one probe request decides.
   *
   * @param maxFailures consecutive failures that trip the breaker (7)
   * @param minPenaltySeconds first penalty (1 s)
   * @param maxPenaltySeconds longest penalty (60 s)
   * @param jitterRatio random extra penalty as a share of the penalty (0.5)
   */
  public record FailureAccrualConfig(
      int maxFailures, double minPenaltySeconds, double maxPenaltySeconds, double jitterRatio) {
    public FailureAccrualConfig {
      Checks.inRange("failureAccrual.maxFailures", maxFailures, 1, 1_000_000);
      Checks.positive("failureAccrual.minPenalty", minPenaltySeconds);
      Checks.positive("failureAccrual.maxPenalty", maxPenaltySeconds);
      if (maxPenaltySeconds < minPenaltySeconds) {
        throw new IllegalArgumentException("failureAccrual.maxPenalty (" + maxPenaltySeconds
            + " s) cannot be smaller than minPenalty (" + minPenaltySeconds + " s)");
      }
      Checks.inRange("failureAccrual.jitterRatio", jitterRatio, 0, 100);
    }

    /** Linkerd's defaults: 7 failures, 1 s to 60 s, jitter 0.5. */
    public static FailureAccrualConfig defaults() {
      return new FailureAccrualConfig(7, 1, 60, 0.5);
    }

    /**
     * The penalty after the {@code k}-th consecutive trip (0-based) given a uniform {@code u}:
     * min(min·2^k, max), plus u · jitter × that, at most max.
     */
    public double penaltySeconds(int k, double u) {
      double base = Math.min(minPenaltySeconds * Math.pow(2, Math.min(k, 62)), maxPenaltySeconds);
      return Math.min(base + u * jitterRatio * base, maxPenaltySeconds);
    }
  }
}
