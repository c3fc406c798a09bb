package io.kubesim.reports;

import io.kubesim.experiment.Estimate;
import io.kubesim.experiment.ExperimentResult;
import io.kubesim.experiment.ExperimentResult.Bucket;
import io.kubesim.experiment.ExperimentResult.CdfPoint;
import io.kubesim.experiment.ExperimentResult.Comparison;
import io.kubesim.experiment.ExperimentResult.FaultWindow;
import io.kubesim.experiment.ExperimentResult.MembershipInterval;
import io.kubesim.experiment.ExperimentResult.PodResult;
import io.kubesim.experiment.ExperimentResult.VariantResult;
import io.kubesim.metrics.FailureCause;
import io.kubesim.metrics.Kpi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-built results: two variants with a fault window, and a sweep. */
final class Fixtures {

  static final double DURATION = 120;
  static final double BUCKET = 10;
  static final double FAULT_START = 30;
  static final double FAULT_END = 90;

  private Fixtures() {}

  static Estimate est(double mean, double half) {
    return new Estimate(mean, mean - half, mean + half, half * 2, 20);
  }

  /** default vs throughput on a gray partition of node-2. */
  static ExperimentResult twoVariants() {
    return twoVariants("asymmetric-partition", "A node reachable from the control plane only.",
        "default", "throughput", "web-0");
  }

  /** The same shape with every scenario-provided string chosen by the caller. */
  static ExperimentResult twoVariants(String scenario, String description, String baseName,
      String otherName, String firstPod) {
    VariantResult base = variant(baseName, Map.of(), 0.831, 0.004, 0.85, firstPod, false);
    VariantResult other = variant(otherName, Map.of("readiness", "throughput"), 0.996, 0.001,
        0.99, firstPod, true);
    Map<String, Estimate> diff = new LinkedHashMap<>();
    for (String key : base.kpis().keySet()) {
      Estimate a = base.kpis().get(key);
      Estimate b = other.kpis().get(key);
      diff.put(key, n0(a) || n0(b) ? Estimate.empty()
          : est(b.mean() - a.mean(), key.startsWith("latency") ? 0.0001 : 0.002));
    }
    return new ExperimentResult(scenario, description, 42L, 20, DURATION, 10, BUCKET,
        List.of(new FaultWindow("gray partition of node-2", "asymmetricPartition",
            FAULT_START, FAULT_END)),
        List.of(), List.of(base, other),
        List.of(new Comparison(baseName, otherName, diff)),
        "apiVersion: kubesim.io/v1\nkind: Scenario\nmetadata:\n  name: " + scenario + "\n");
  }

  private static boolean n0(Estimate e) {
    return e.n() == 0;
  }

  static VariantResult variant(String name, Map<String, String> parameters, double during,
      double half, double overall, String firstPod, boolean detects) {
    Map<String, Estimate> kpis = new LinkedHashMap<>();
    for (Kpi k : Kpi.values()) {
      kpis.put(k.key(), est(0.5 + k.ordinal(), 0.1));
    }
    kpis.put(Kpi.SUCCESS_RATE.key(), est(overall, half));
    kpis.put(Kpi.SUCCESS_RATE_DURING_FAULT.key(), est(during, half));
    kpis.put(Kpi.SUCCESS_RATE_AFTER_FAULT.key(), est(detects ? 0.999 : 0.998, 0.0005));
    kpis.put(Kpi.LATENCY_P50.key(), est(0.012, 0.0002));
    kpis.put(Kpi.LATENCY_P99.key(), est(detects ? 0.080 : 1.05, 0.002));
    kpis.put(Kpi.DETECTION.key(), detects ? est(21.5, 0.8) : Estimate.empty());
    kpis.put(Kpi.EXPOSURE.key(), detects ? est(0.5, 0.01) : est(1, 0));
    kpis.put(Kpi.FAULTY_ENDPOINT_FLAPS.key(), detects ? est(1, 0.1) : est(0, 0));
    Map<String, Estimate> failures = new LinkedHashMap<>();
    failures.put(FailureCause.CONNECT_TIMEOUT.key(), est((1 - overall) * 0.8, 0.001));
    failures.put(FailureCause.REQUEST_TIMEOUT.key(), est((1 - overall) * 0.2, 0.0005));
    failures.put(FailureCause.NO_ENDPOINTS.key(), est(0, 0));
    List<Bucket> buckets = new ArrayList<>();
    for (double t = 0; t < DURATION; t += BUCKET) {
      boolean inFault = t >= FAULT_START && t < FAULT_END;
      double rate = inFault ? during : 0.999;
      Map<String, Double> failed = new LinkedHashMap<>();
      failed.put(FailureCause.CONNECT_TIMEOUT.key(), inFault ? (1 - during) * 600 * 0.8 : 0.2);
      failed.put(FailureCause.REQUEST_TIMEOUT.key(), inFault ? (1 - during) * 600 * 0.2 : 0.0);
      buckets.add(new Bucket(t, 600, est(rate, half),
          est(0.012, 0.0003), est(inFault && !detects ? 1.1 : 0.05, 0.01),
          failed, inFault && detects ? 2 : 3, inFault ? (detects ? 0.5 : 1) : 0));
    }
    List<CdfPoint> cdf = new ArrayList<>();
    double[] latencies = detects
        ? new double[] {0.002, 0.005, 0.01, 0.015, 0.02, 0.03, 0.05, 0.08}
        : new double[] {0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 1.0, 3.0};
    for (int i = 0; i < latencies.length; i++) {
      cdf.add(new CdfPoint(latencies[i], (i + 1) / (double) latencies.length));
    }
    List<PodResult> pods = List.of(
        new PodResult(firstPod, "node-1", est(24000, 300)),
        new PodResult("web-1", "node-2", est(detects ? 14000 : 24000, 500)),
        new PodResult("web-2", "node-3", est(24000, 300)));
    List<MembershipInterval> membership = new ArrayList<>();
    membership.add(new MembershipInterval(firstPod, 2, DURATION));
    membership.add(new MembershipInterval("web-2", 3, DURATION));
    if (detects) {
      membership.add(new MembershipInterval("web-1", 2.5, FAULT_START + 21.5));
      membership.add(new MembershipInterval("web-1", FAULT_END + 12, DURATION));
    } else {
      membership.add(new MembershipInterval("web-1", 2.5, DURATION));
    }
    return new VariantResult(name, parameters, kpis, failures, buckets, cdf, pods, membership);
  }

  /**
   * A 2 × 3 grid of replicas × minRequests for one declared variant: the success rate rises
   * with both, so the best point is (replicas 6, minRequests 20).
   */
  static ExperimentResult grid() {
    return grid(new String[] {"3", "6"}, new String[] {"1", "5", "20"});
  }

  /** A grid of the given replicas × minRequests values, rising with both. */
  static ExperimentResult grid(String[] replicaValues, String[] values) {
    List<VariantResult> variants = new ArrayList<>();
    for (String replicas : replicaValues) {
      for (int i = 0; i < values.length; i++) {
        double rate = 0.90 + i * 0.02 / values.length + Double.parseDouble(replicas) * 0.005;
        variants.add(variant("replicas=" + replicas + ", minRequests=" + values[i],
            Map.of("spec.replicas", replicas, "spec.minRequests", values[i], "variant", "t"),
            rate, 0.003, 0.97, "web-0", true));
      }
    }
    return new ExperimentResult("grid", "A grid.", 7L, 10, DURATION, 10, BUCKET,
        List.of(new FaultWindow("partition", "asymmetricPartition", FAULT_START, FAULT_END)),
        List.of("spec.replicas", "spec.minRequests"), variants, List.of(), "kind: Scenario\n");
  }

  /** A sweep of minRequests over three values, plus the default baseline without it. */
  static ExperimentResult sweep() {
    String param = "readiness.minRequests";
    List<VariantResult> variants = new ArrayList<>();
    variants.add(variant("default", Map.of(), 0.83, 0.004, 0.85, "web-0", false));
    String[] values = {"1", "5", "20"};
    for (int i = 0; i < values.length; i++) {
      variants.add(variant("throughput minRequests=" + values[i], Map.of(param, values[i]),
          0.95 + i * 0.02, 0.003, 0.97, "web-0", true));
    }
    List<Comparison> comparisons = new ArrayList<>();
    for (int i = 1; i < variants.size(); i++) {
      Map<String, Estimate> diff = new LinkedHashMap<>();
      VariantResult v = variants.get(i);
      v.kpis().forEach((k, e) -> {
        Estimate b = variants.get(0).kpis().get(k);
        diff.put(k, e.n() == 0 || b.n() == 0 ? Estimate.empty()
            : est(e.mean() - b.mean(), 0.001));
      });
      comparisons.add(new Comparison("default", v.name(), diff));
    }
    return new ExperimentResult("min-requests-sweep", "Sweep of the throughput threshold.", 7L,
        10, DURATION, 10, BUCKET,
        List.of(new FaultWindow("partition", "asymmetricPartition", FAULT_START, FAULT_END)),
        List.of(param), variants, comparisons, "kind: Scenario\n");
  }

  /**
   * A policy matrix of {@code variants} (the first the baseline) under {@code cases}: the
   * headline of variant v in case c is {@code during[v][c]} (during the fault; overall in a case
   * named {@code low-load}, which has no fault), and its overall success {@code overall[v][c]}.
   */
  static ExperimentResult matrix(List<String> variants, List<String> cases, double[][] during,
      double[][] overall) {
    List<VariantResult> results = new ArrayList<>();
    List<Comparison> comparisons = new ArrayList<>();
    List<FaultWindow> faults = new ArrayList<>();
    for (int c = 0; c < cases.size(); c++) {
      boolean faulty = !cases.get(c).equals("low-load");
      if (faulty) {
        faults.add(new FaultWindow(cases.get(c) + ": f", "partition", FAULT_START, FAULT_END));
      }
      for (int v = 0; v < variants.size(); v++) {
        VariantResult r = variant(variants.get(v) + " @ " + cases.get(c),
            Map.of("case", cases.get(c), "variant", variants.get(v)),
            faulty ? during[v][c] : Double.NaN, 0.002, faulty ? overall[v][c] : during[v][c],
            "web-0", v > 0);
        if (!faulty) {
          r.kpis().put(Kpi.SUCCESS_RATE_DURING_FAULT.key(), Estimate.empty());
        }
        results.add(r);
      }
    }
    for (int c = 0; c < cases.size(); c++) {
      VariantResult base = results.get(c * variants.size());
      for (int v = 1; v < variants.size(); v++) {
        VariantResult other = results.get(c * variants.size() + v);
        Map<String, Estimate> diff = new LinkedHashMap<>();
        for (String key : base.kpis().keySet()) {
          Estimate a = base.kpis().get(key);
          Estimate b = other.kpis().get(key);
          diff.put(key, n0(a) || n0(b) || Double.isNaN(a.mean()) || Double.isNaN(b.mean())
              ? Estimate.empty() : est(b.mean() - a.mean(), 0.001));
        }
        comparisons.add(new Comparison(base.name(), other.name(), diff));
      }
    }
    return new ExperimentResult("policy-matrix", "A matrix.", 3L, 10, DURATION, 10, BUCKET,
        faults, List.of(), results, comparisons, "kind: Scenario\n");
  }
}
