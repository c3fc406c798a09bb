package io.kubesim.mesh;

import io.kubesim.config.Checks;

/**
 * Envoy's outlier detection ({@code envoy/config/cluster/v3/outlier_detection.proto}), with the
 * defaults a DestinationRule's {@code outlierDetection} gives in Istio
 * ({@code pilot/pkg/networking/core/cluster_traffic_policy.go}): success-rate enforcement 0,
 * consecutive gateway failures off unless set, panic threshold {@code minHealthPercent} 0.
 * Enforcement percentages are 0–100; a detected outlier is ejected when a uniform draw falls
 * below the percentage.
 *
 * @param consecutive5xx consecutive 5xx (connect failures, timeouts and resets included unless
 *     split) that eject a host (5)
 * @param enforcingConsecutive5xx enforcement of {@code consecutive5xx}, % (100)
 * @param consecutiveGatewayFailure consecutive 502/503/504 that eject a host (5)
 * @param enforcingConsecutiveGatewayFailure enforcement, % (0: counted, not acted on)
 * @param splitExternalLocalOriginErrors whether connect failures, timeouts and resets count
 *     apart (consecutive local-origin failures) instead of as 503/504 (false)
 * @param consecutiveLocalOriginFailure consecutive local-origin failures that eject, with the
 *     split (5)
 * @param enforcingConsecutiveLocalOriginFailure its enforcement, % (100)
 * @param intervalSeconds time between ejection sweeps (10 s)
 * @param baseEjectionTimeSeconds ejection time per ejection multiplier (30 s)
 * @param maxEjectionTimeSeconds longest ejection (300 s, at least the base)
 * @param maxEjectionTimeJitterSeconds random extra ejection time, uniform up to this (0)
 * @param maxEjectionPercent most hosts ejected at once, % of all hosts (10)
 * @param alwaysEjectOneHost eject one host whatever {@code maxEjectionPercent} (false; Envoy 1.31)
 * @param successRateMinimumHosts hosts with enough requests needed for the success-rate
 *     detector (5)
 * @param successRateRequestVolume requests a host needs in an interval to count (100)
 * @param successRateStdevFactor eject below mean − factor × stdev (1.9; Envoy's 1900 / 1000)
 * @param enforcingSuccessRate its enforcement, % (Istio 0; Envoy 100)
 * @param enforcingLocalOriginSuccessRate the local-origin success rate's enforcement, % (Istio 0)
 * @param failurePercentageThreshold eject at or above this failure %, (85)
 * @param failurePercentageMinimumHosts hosts with enough requests needed (5)
 * @param failurePercentageRequestVolume requests a host needs in an interval (50)
 * @param enforcingFailurePercentage its enforcement, % (0)
 * @param enforcingFailurePercentageLocalOrigin the local-origin one's enforcement, % (0)
 * @param healthyPanicThresholdPercent below this % of non-ejected hosts the balancer uses every
 *     host (Istio {@code minHealthPercent}, 0 = never; Envoy's own default 50)
 */
public record OutlierDetectionConfig(
    int consecutive5xx,
    int enforcingConsecutive5xx,
    int consecutiveGatewayFailure,
    int enforcingConsecutiveGatewayFailure,
    boolean splitExternalLocalOriginErrors,
    int consecutiveLocalOriginFailure,
    int enforcingConsecutiveLocalOriginFailure,
    double intervalSeconds,
    double baseEjectionTimeSeconds,
    double maxEjectionTimeSeconds,
    double maxEjectionTimeJitterSeconds,
    int maxEjectionPercent,
    boolean alwaysEjectOneHost,
    int successRateMinimumHosts,
    int successRateRequestVolume,
    double successRateStdevFactor,
    int enforcingSuccessRate,
    int enforcingLocalOriginSuccessRate,
    int failurePercentageThreshold,
    int failurePercentageMinimumHosts,
    int failurePercentageRequestVolume,
    int enforcingFailurePercentage,
    int enforcingFailurePercentageLocalOrigin,
    int healthyPanicThresholdPercent) {

  public OutlierDetectionConfig {
    Checks.inRange("outlierDetection.consecutive5xxErrors", consecutive5xx, 0, 1_000_000);
    percent("enforcingConsecutive5xx", enforcingConsecutive5xx);
    Checks.inRange("outlierDetection.consecutiveGatewayErrors", consecutiveGatewayFailure, 0,
        1_000_000);
    percent("enforcingConsecutiveGatewayErrors", enforcingConsecutiveGatewayFailure);
    Checks.inRange("outlierDetection.consecutiveLocalOriginFailures",
        consecutiveLocalOriginFailure, 0, 1_000_000);
    percent("enforcingConsecutiveLocalOriginFailures", enforcingConsecutiveLocalOriginFailure);
    Checks.period("outlierDetection.interval", intervalSeconds);
    Checks.positive("outlierDetection.baseEjectionTime", baseEjectionTimeSeconds);
    Checks.positive("outlierDetection.maxEjectionTime", maxEjectionTimeSeconds);
    if (maxEjectionTimeSeconds < baseEjectionTimeSeconds) {
      throw new IllegalArgumentException("outlierDetection.maxEjectionTime ("
          + maxEjectionTimeSeconds + " s) cannot be smaller than baseEjectionTime ("
          + baseEjectionTimeSeconds + " s), as in Envoy");
    }
    Checks.nonNegative("outlierDetection.maxEjectionTimeJitter", maxEjectionTimeJitterSeconds);
    percent("maxEjectionPercent", maxEjectionPercent);
    Checks.inRange("outlierDetection.successRate.minimumHosts", successRateMinimumHosts, 0,
        1_000_000);
    Checks.inRange("outlierDetection.successRate.requestVolume", successRateRequestVolume, 0,
        1_000_000_000);
    Checks.nonNegative("outlierDetection.successRate.stdevFactor", successRateStdevFactor);
    percent("successRate.enforcing", enforcingSuccessRate);
    percent("successRate.enforcingLocalOrigin", enforcingLocalOriginSuccessRate);
    percent("failurePercentage.threshold", failurePercentageThreshold);
    Checks.inRange("outlierDetection.failurePercentage.minimumHosts",
        failurePercentageMinimumHosts, 0, 1_000_000);
    Checks.inRange("outlierDetection.failurePercentage.requestVolume",
        failurePercentageRequestVolume, 0, 1_000_000_000);
    percent("failurePercentage.enforcing", enforcingFailurePercentage);
    percent("failurePercentage.enforcingLocalOrigin", enforcingFailurePercentageLocalOrigin);
    percent("minHealthPercent", healthyPanicThresholdPercent);
  }

  private static void percent(String field, int v) {
    Checks.inRange("outlierDetection." + field, v, 0, 100);
  }

  /** An Istio DestinationRule {@code outlierDetection: {}}: Envoy's defaults as Istio sets them. */
  public static OutlierDetectionConfig istioDefaults() {
    return new OutlierDetectionConfig(5, 100, 5, 0, false, 5, 100, 10, 30, 300, 0, 10, false,
        5, 100, 1.9, 0, 0, 85, 5, 50, 0, 0, 0);
  }
}
