package io.kubesim.mesh;

import io.kubesim.metrics.FailureCause;

/**
 * What a client proxy learns from one request to an endpoint, as the codes its outlier detection
 * and retry policy see. Int constants, so the request path passes them without boxing.
 */
public final class MeshOutcome {
  /** A response that is not a 5xx. */
  public static final int SUCCESS = 0;
  /** The endpoint answered 503 (its queue was full): an external-origin 5xx. */
  public static final int UPSTREAM_503 = 1;
  /** The connection was refused (RST to the SYN): a locally originated connect failure. */
  public static final int CONNECT_FAILED = 2;
  /** The proxy's connect timeout expired: a locally originated timeout. */
  public static final int CONNECT_TIMEOUT = 3;
  /** The connection was reset before the response. */
  public static final int RESET = 4;
  /** The application gave up first (its request timeout): the proxy reports nothing. */
  public static final int CANCELLED = 5;
  /** The proxy had no endpoint to send to ("no healthy upstream"). */
  public static final int NO_HOST = 6;

  private static final int CONNECT_TIMEOUT_CAUSE = FailureCause.CONNECT_TIMEOUT.ordinal();
  private static final int REFUSED_CAUSE = FailureCause.REFUSED.ordinal();
  private static final int RESET_CAUSE = FailureCause.RESET.ordinal();
  private static final int UNAVAILABLE_CAUSE = FailureCause.SERVICE_UNAVAILABLE.ordinal();
  private static final int NO_ENDPOINTS_CAUSE = FailureCause.NO_ENDPOINTS.ordinal();

  private MeshOutcome() {}

  /**
   * The outcome of a failed attempt with {@link FailureCause} ordinal {@code cause};
   * {@code appGaveUp}: the failure is the application's own request deadline.
   */
  public static int ofFailure(int cause, boolean appGaveUp) {
    if (cause == NO_ENDPOINTS_CAUSE) {
      return NO_HOST;
    }
    if (appGaveUp) {
      return CANCELLED;
    }
    if (cause == CONNECT_TIMEOUT_CAUSE) {
      return CONNECT_TIMEOUT;
    }
    if (cause == REFUSED_CAUSE) {
      return CONNECT_FAILED;
    }
    if (cause == RESET_CAUSE) {
      return RESET;
    }
    if (cause == UNAVAILABLE_CAUSE) {
      return UPSTREAM_503;
    }
    return CANCELLED;
  }

  /** Whether {@code outcome} is a failure the proxy itself saw (not a cancellation). */
  static boolean isLocalOrigin(int outcome) {
    return outcome == CONNECT_FAILED || outcome == CONNECT_TIMEOUT || outcome == RESET;
  }
}
