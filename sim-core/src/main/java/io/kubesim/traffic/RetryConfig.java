package io.kubesim.traffic;

import io.kubesim.config.Checks;

/**
 * Client retries of a failed request (any failure cause).
 *
 * @param maxRetries retries after the first attempt (0 = none)
 * @param backoffSeconds wait before the first retry
 * @param backoffMultiplier factor applied to the wait for each further retry
 * @param newConnection true: a retry opens a new connection, so kube-proxy picks again ("terminate
 *     and try again"); false: a retry of an attempt whose connection was established goes over
 *     that connection to the same endpoint. A connect failure (timeout, refused) leaves no
 *     connection, so its retry always connects anew and kube-proxy picks again
 */
public record RetryConfig(
    int maxRetries, double backoffSeconds, double backoffMultiplier, boolean newConnection) {
  public RetryConfig {
    Checks.inRange("retries.maxRetries", maxRetries, 0, 100);
    Checks.nonNegative("retries.backoffSeconds", backoffSeconds);
    Checks.inRange("retries.backoffMultiplier", backoffMultiplier, 1, 100);
  }

  /** No retries. */
  public static RetryConfig none() {
    return new RetryConfig(0, 0, 1, true);
  }

  /** The wait before retry number {@code retry} (1-based). */
  public double backoffBefore(int retry) {
    return backoffSeconds * Math.pow(backoffMultiplier, retry - 1);
  }
}
