package io.kubesim.mesh;

import io.kubesim.config.Checks;
import java.util.EnumSet;
import java.util.Set;

/**
 * A client proxy's retries of a failed request (Envoy's route {@code retry_policy}). A retry goes
 * through the balancer again, avoiding the hosts already tried when {@code avoidPreviousHosts}
 * (Envoy's {@code previous_hosts} retry host predicate, re-picking up to
 * {@code hostSelectionMaxAttempts} times). The wait before retry k is uniform in
 * [0, min(base·2^(k−1), max)) (Envoy's jittered exponential back-off, max 10 × base). Retries
 * share the application's request deadline.
 *
 * @param numRetries retries after the first try
 * @param retryOn the conditions retried
 * @param baseIntervalSeconds back-off base interval (Envoy 25 ms)
 * @param avoidPreviousHosts whether a retry avoids hosts already tried
 * @param hostSelectionMaxAttempts picks tried per retry to find a new host (Istio 5)
 */
public record MeshRetryPolicy(
    int numRetries, Set<RetryOn> retryOn, double baseIntervalSeconds, boolean avoidPreviousHosts,
    int hostSelectionMaxAttempts) {

  /** Envoy {@code retry_on} conditions that can arise in the simulation. */
  public enum RetryOn {
    /** Connect failures and connect timeouts. */
    CONNECT_FAILURE,
    /** HTTP/2 REFUSED_STREAM (never arises over the simulated HTTP/1.1). */
    REFUSED_STREAM,
    /** gRPC status UNAVAILABLE (never arises: the simulated requests are HTTP). */
    UNAVAILABLE,
    /** gRPC status CANCELLED (never arises). */
    CANCELLED,
    /** The listed status codes: 503. */
    RETRIABLE_STATUS_CODES,
    /** No response at all: disconnect, reset, connect failure. */
    RESET,
    /** Any 5xx, connect failures and resets included. */
    FIVE_XX,
    /** 502, 503, 504, connect failures included. */
    GATEWAY_ERROR
  }

  public MeshRetryPolicy {
    Checks.inRange("mesh.retries.attempts", numRetries, 0, 100);
    retryOn = retryOn.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(retryOn));
    Checks.nonNegative("mesh.retries.baseInterval", baseIntervalSeconds);
    Checks.inRange("mesh.retries.hostSelectionMaxAttempts", hostSelectionMaxAttempts, 1, 100);
  }

  /**
   * Istio's default retry policy ({@code pilot/pkg/networking/core/route/retry}): 2 retries on
   * {@code connect-failure,refused-stream,unavailable,cancelled,retriable-status-codes} (503),
   * other hosts preferred, 5 host selection attempts.
   */
  public static MeshRetryPolicy istioDefaults() {
    return new MeshRetryPolicy(2, EnumSet.of(RetryOn.CONNECT_FAILURE, RetryOn.REFUSED_STREAM,
        RetryOn.UNAVAILABLE, RetryOn.CANCELLED, RetryOn.RETRIABLE_STATUS_CODES), 0.025, true, 5);
  }

  /** No retries. */
  public static MeshRetryPolicy none() {
    return new MeshRetryPolicy(0, Set.of(), 0.025, false, 1);
  }

  /** Whether a try that ended with {@link MeshOutcome} {@code outcome} is retried. */
  public boolean retries(int outcome) {
    return switch (outcome) {
      case MeshOutcome.CONNECT_FAILED, MeshOutcome.CONNECT_TIMEOUT ->
          retryOn.contains(RetryOn.CONNECT_FAILURE) || retryOn.contains(RetryOn.RESET)
              || retryOn.contains(RetryOn.FIVE_XX) || retryOn.contains(RetryOn.GATEWAY_ERROR);
      case MeshOutcome.RESET -> retryOn.contains(RetryOn.RESET) || retryOn.contains(RetryOn.FIVE_XX);
      case MeshOutcome.UPSTREAM_503 -> retryOn.contains(RetryOn.RETRIABLE_STATUS_CODES)
          || retryOn.contains(RetryOn.FIVE_XX) || retryOn.contains(RetryOn.GATEWAY_ERROR);
      default -> false;
    };
  }

  /** The back-off ceiling before retry {@code retry} (1-based): min(base·2^(retry−1), 10·base). */
  public double backoffCeilingSeconds(int retry) {
    return Math.min(baseIntervalSeconds * Math.pow(2, retry - 1), 10 * baseIntervalSeconds);
  }
}
