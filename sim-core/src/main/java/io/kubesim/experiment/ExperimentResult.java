package io.kubesim.experiment;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a report needs, computed once: per-variant KPI estimates, paired differences against
 * the first variant, time series, latency distribution, per-pod figures and one replication's
 * endpoint-membership timeline.
 *
 * @param scenario scenario name
 * @param description scenario description
 * @param seed master seed
 * @param replications replications per variant
 * @param durationSeconds simulated time per replication
 * @param warmUpSeconds warm-up excluded from the KPIs
 * @param bucketSeconds time-series bucket width
 * @param faults the fault timeline (for a policy matrix, every case's faults, named
 *     {@code case: fault})
 * @param sweepParameters swept parameter paths in grid order, empty unless a sweep
 * @param variants per-variant results, in scenario order
 * @param comparisons paired differences (variant − its baseline: the first variant, or for a
 *     policy matrix the first variant of the same case) for every other variant
 * @param sourceText the scenario file as written
 */
public record ExperimentResult(
    String scenario,
    String description,
    long seed,
    int replications,
    double durationSeconds,
    double warmUpSeconds,
    double bucketSeconds,
    List<FaultWindow> faults,
    List<String> sweepParameters,
    List<VariantResult> variants,
    List<Comparison> comparisons,
    String sourceText) {

  /** Canonical constructor: copies the lists. */
  public ExperimentResult {
    sweepParameters = List.copyOf(sweepParameters == null ? List.of() : sweepParameters);
  }

  /** The first swept parameter, if this is a sweep. */
  public Optional<String> sweepParameter() {
    return sweepParameters.stream().findFirst();
  }

  /** One fault or action on the timeline. */
  public record FaultWindow(String name, String kind, double startSeconds, double endSeconds) {}

  /**
   * The results of one variant.
   *
   * @param name variant name
   * @param parameters the parameters that set it apart (sweep values)
   * @param kpis KPI name ({@code Kpi.key()}) → estimate, in {@code Kpi} order
   * @param failures failure cause ({@code FailureCause.key()}) → fraction of requests
   * @param timeSeries success rate and latency per time bucket
   * @param latencyCdf latency distribution of successful requests, pooled over replications
   * @param pods per-pod figures (pods by name as in replication 0)
   * @param membership replication 0's endpoint membership intervals
   */
  public record VariantResult(
      String name,
      Map<String, String> parameters,
      Map<String, Estimate> kpis,
      Map<String, Estimate> failures,
      List<Bucket> timeSeries,
      List<CdfPoint> latencyCdf,
      List<PodResult> pods,
      List<MembershipInterval> membership) {}

  /**
   * One time-series bucket, averaged over replications.
   *
   * @param startSeconds bucket start
   * @param requests mean requests started in the bucket
   * @param successRate success rate of requests started in the bucket
   * @param latencyP50Seconds median latency of successes in the bucket
   * @param latencyP99Seconds 99th percentile latency of successes in the bucket
   * @param failures cause → mean failed requests in the bucket
   * @param readyEndpoints mean endpoints in the API server's view at the bucket's end
   * @param exposedFraction mean share of the bucket during which a healthy node's kube-proxy
   *     routed to a faulty pod, over the replications that tracked a fault (NaN if none did)
   */
  public record Bucket(
      double startSeconds,
      double requests,
      Estimate successRate,
      Estimate latencyP50Seconds,
      Estimate latencyP99Seconds,
      Map<String, Double> failures,
      double readyEndpoints,
      double exposedFraction) {}

  /** A point of the latency CDF. */
  public record CdfPoint(double latencySeconds, double cumulativeFraction) {}

  /**
   * One pod of the target deployment.
   *
   * @param pod pod name
   * @param node node it ran on in replication 0
   * @param served requests it served, over replications
   */
  public record PodResult(String pod, String node, Estimate served) {}

  /** A pod in a service's endpoints (API-server view) from one time to another. */
  public record MembershipInterval(String pod, double fromSeconds, double toSeconds) {}

  /**
   * Paired difference of each KPI: {@code variant − baseline}, replication by replication.
   *
   * @param baseline the variant it is compared with
   * @param variant the other variant
   * @param kpis KPI name → estimate of the difference
   */
  public record Comparison(String baseline, String variant, Map<String, Estimate> kpis) {}
}
