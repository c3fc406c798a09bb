package io.kubesim.probe;

import io.kubesim.config.Checks;

/**
 * One kubelet probe, with Kubernetes' field names and defaults.
 *
 * @param check what the probe checks once the pod answered
 * @param initialDelaySeconds delay after container start before the first probe (0)
 * @param periodSeconds probe period (10 s); the first probe of a worker is jittered by U[0, period)
 * @param timeoutSeconds the pod must answer within this (1 s)
 * @param successThreshold consecutive successes to pass (1; always 1 for liveness and startup)
 * @param failureThreshold consecutive failures to fail (3)
 */
public record ProbeConfig(
    ProbeCheck check,
    double initialDelaySeconds,
    double periodSeconds,
    double timeoutSeconds,
    int successThreshold,
    int failureThreshold) {
  public ProbeConfig {
    if (check == null) {
      throw new IllegalArgumentException("probe check is required");
    }
    Checks.nonNegative("probe.initialDelaySeconds", initialDelaySeconds);
    Checks.positive("probe.periodSeconds", periodSeconds);
    Checks.positive("probe.timeoutSeconds", timeoutSeconds);
    Checks.inRange("probe.successThreshold", successThreshold, 1, 1000);
    Checks.inRange("probe.failureThreshold", failureThreshold, 1, 1000);
  }

  /** Kubernetes' defaults around {@code check}: 0 s delay, 10 s period, 1 s timeout, 1, 3. */
  public static ProbeConfig defaults(ProbeCheck check) {
    return new ProbeConfig(check, 0, 10, 1, 1, 3);
  }
}
