package io.kubesim.metrics;

/** The key performance indicators computed per replication, with their results-file names. */
public enum Kpi {
  /** Fraction of requests (after warm-up) that finally succeeded. */
  SUCCESS_RATE("successRate", true, "fraction"),
  /** Success rate of requests whose lifetime overlaps the fault window (in flight during it). */
  SUCCESS_RATE_DURING_FAULT("successRateDuringFault", true, "fraction"),
  /** Success rate of requests started after the last fault healed. */
  SUCCESS_RATE_AFTER_FAULT("successRateAfterFault", true, "fraction"),
  /** Median latency of successful requests. */
  LATENCY_P50("latencyP50Seconds", false, "s"),
  /** 90th percentile latency of successful requests. */
  LATENCY_P90("latencyP90Seconds", false, "s"),
  /** 99th percentile latency of successful requests. */
  LATENCY_P99("latencyP99Seconds", false, "s"),
  /** 99.9th percentile latency of successful requests. */
  LATENCY_P999("latencyP999Seconds", false, "s"),
  /** Time from the first fault's start until no other node's kube-proxy routes to faulty pods. */
  DETECTION("detectionSeconds", false, "s"),
  /** 1 if the faulty pods left every other kube-proxy's view while the fault lasted, else 0. */
  DETECTED("faultDetected", true, "fraction"),
  /** Ready → unready transitions of pods that were healthy at the time. */
  FALSE_UNREADY("falseUnreadyTransitions", false, "count"),
  /** Container restarts. */
  RESTARTS("restarts", false, "count"),
  /** Pods evicted by the node lifecycle controller. */
  EVICTIONS("podsEvicted", false, "count"),
  /** Requests served by the busiest pod over the mean per pod (1 = perfectly even). */
  SERVED_IMBALANCE("servedImbalance", false, "ratio"),
  /** Time-averaged fraction of desired replicas missing from the endpoints after healing. */
  CAPACITY_LOST_AFTER_HEAL("capacityLostAfterHeal", false, "fraction"),
  /** Requests started after warm-up. */
  REQUESTS("requests", true, "count"),
  /** Attempts per request (1 = no retries). */
  ATTEMPTS_PER_REQUEST("attemptsPerRequest", false, "ratio"),
  /**
   * Share of the fault during which any healthy node's kube-proxy routed new connections to a
   * faulty pod (1 = never removed; a policy that re-admits the pod is exposed again).
   */
  EXPOSURE("exposureFraction", false, "fraction"),
  /** Re-admissions of faulty pods into healthy nodes' routing while the fault lasted. */
  FAULTY_ENDPOINT_FLAPS("faultyEndpointFlaps", false, "count"),
  /** Mesh outlier ejections of endpoints that were healthy at the time (any proxy). */
  FALSE_EJECTIONS("falseEjections", false, "count");

  private final String key;
  private final boolean higherIsBetter;
  private final String unit;

  Kpi(String key, boolean higherIsBetter, String unit) {
    this.key = key;
    this.higherIsBetter = higherIsBetter;
    this.unit = unit;
  }

  /** The name used in results files. */
  public String key() {
    return key;
  }

  /** Whether a larger value is better (for marking the winning variant). */
  public boolean higherIsBetter() {
    return higherIsBetter;
  }

  /** Unit: {@code fraction}, {@code s}, {@code count} or {@code ratio}. */
  public String unit() {
    return unit;
  }
}
