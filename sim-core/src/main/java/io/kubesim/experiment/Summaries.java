package io.kubesim.experiment;

import io.kubesim.config.ExperimentConfig;
import io.kubesim.experiment.ExperimentResult.Bucket;
import io.kubesim.experiment.ExperimentResult.CdfPoint;
import io.kubesim.experiment.ExperimentResult.Comparison;
import io.kubesim.experiment.ExperimentResult.FaultWindow;
import io.kubesim.experiment.ExperimentResult.MembershipInterval;
import io.kubesim.experiment.ExperimentResult.PodResult;
import io.kubesim.experiment.ExperimentResult.VariantResult;
import io.kubesim.fault.FaultConfig;
import io.kubesim.metrics.FailureCause;
import io.kubesim.metrics.Kpi;
import io.kubesim.metrics.ReplicationMetrics;
import io.kubesim.metrics.ReplicationOutput;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.HdrHistogram.Histogram;

/** Turns replication outputs into the estimates of an {@link ExperimentResult}. */
final class Summaries {
  private static final double[] CDF_PERCENTILES = cdfPercentiles();

  private Summaries() {}

  static ExperimentResult summarise(
      Experiment e, ReplicationOutput[][] outputs, Histogram[] pooled) {
    List<VariantResult> variants = new ArrayList<>();
    double[][][] kpiValues = new double[outputs.length][][];
    for (int v = 0; v < outputs.length; v++) {
      kpiValues[v] = kpiValues(outputs[v]);
      variants.add(variant(e.variants().get(v), outputs[v], kpiValues[v], pooled[v],
          e.settings().bucketSeconds()));
    }
    List<Comparison> comparisons = new ArrayList<>();
    for (int v = 0; v < outputs.length; v++) {
      int b = baselineIndex(e, v);
      if (b == v) {
        continue;
      }
      Map<String, Estimate> diff = new LinkedHashMap<>();
      for (Kpi k : Kpi.values()) {
        diff.put(k.key(), Estimates.pairedDifference(
            kpiValues[b][k.ordinal()], kpiValues[v][k.ordinal()]));
      }
      comparisons.add(new Comparison(e.variants().get(b).name(), e.variants().get(v).name(), diff));
    }
    List<FaultWindow> faults = new ArrayList<>();
    Set<String> cases = new HashSet<>();
    for (Variant v : e.variants()) {
      // One timeline per policy-matrix case (its fault names prefixed by the case), else the
      // first variant's: variants of a plain scenario share their faults.
      String prefix = v.matrixCase().map(c -> c + ": ").orElse("");
      if (!cases.add(prefix)) {
        continue;
      }
      for (FaultConfig f : v.model().faults()) {
        faults.add(new FaultWindow(prefix + f.name(), f.kind(), f.atSeconds(),
            Math.min(f.endSeconds(), e.settings().durationSeconds())));
      }
      if (prefix.isEmpty()) {
        break;
      }
    }
    ExperimentConfig s = e.settings();
    return new ExperimentResult(e.name(), e.description(), s.seed(), s.replications(),
        s.durationSeconds(), s.warmUpSeconds(), s.bucketSeconds(), faults, e.sweepParameters(),
        variants, comparisons, e.sourceText());
  }

  /** The index of the variant {@code v} is compared with ({@code v} itself for the first). */
  private static int baselineIndex(Experiment e, int v) {
    Optional<String> b = e.variants().get(v).baseline();
    if (b.isEmpty()) {
      return 0;
    }
    for (int i = 0; i < e.variants().size(); i++) {
      if (e.variants().get(i).name().equals(b.get())) {
        return i;
      }
    }
    throw new IllegalStateException("no variant " + b.get());
  }

  /** [kpi ordinal][replication] values. */
  private static double[][] kpiValues(ReplicationOutput[] outs) {
    double[][] k = new double[Kpi.values().length][outs.length];
    for (int r = 0; r < outs.length; r++) {
      ReplicationMetrics.Outcomes o = outs[r].outcomes();
      k[Kpi.SUCCESS_RATE.ordinal()][r] = o.successRate();
      k[Kpi.SUCCESS_RATE_DURING_FAULT.ordinal()][r] = o.successRateDuringFault();
      k[Kpi.SUCCESS_RATE_AFTER_FAULT.ordinal()][r] = o.successRateAfterFault();
      k[Kpi.LATENCY_P50.ordinal()][r] = o.p50();
      k[Kpi.LATENCY_P90.ordinal()][r] = o.p90();
      k[Kpi.LATENCY_P99.ordinal()][r] = o.p99();
      k[Kpi.LATENCY_P999.ordinal()][r] = o.p999();
      k[Kpi.DETECTION.ordinal()][r] = o.detectionSeconds();
      k[Kpi.DETECTED.ordinal()][r] = o.detected();
      k[Kpi.FALSE_UNREADY.ordinal()][r] = o.falseUnready();
      k[Kpi.RESTARTS.ordinal()][r] = o.restarts();
      k[Kpi.EVICTIONS.ordinal()][r] = o.evictions();
      k[Kpi.SERVED_IMBALANCE.ordinal()][r] = outs[r].servedImbalance();
      k[Kpi.CAPACITY_LOST_AFTER_HEAL.ordinal()][r] = outs[r].capacityLostAfterHeal();
      k[Kpi.REQUESTS.ordinal()][r] = o.requests();
      k[Kpi.ATTEMPTS_PER_REQUEST.ordinal()][r] = o.attemptsPerRequest();
      k[Kpi.EXPOSURE.ordinal()][r] = o.exposureFraction();
      k[Kpi.FAULTY_ENDPOINT_FLAPS.ordinal()][r] = o.faultyEndpointFlaps();
      k[Kpi.FALSE_EJECTIONS.ordinal()][r] = o.falseEjections();
    }
    return k;
  }

  private static VariantResult variant(
      Variant variant, ReplicationOutput[] outs, double[][] kpis, Histogram latency,
      double bucketSeconds) {
    Map<String, Estimate> kpiMap = new LinkedHashMap<>();
    for (Kpi k : Kpi.values()) {
      kpiMap.put(k.key(), Estimates.of(kpis[k.ordinal()]));
    }
    Map<String, Estimate> failures = new LinkedHashMap<>();
    for (FailureCause c : FailureCause.values()) {
      double[] xs = new double[outs.length];
      for (int r = 0; r < outs.length; r++) {
        xs[r] = outs[r].outcomes().failureFractions()[c.ordinal()];
      }
      failures.put(c.key(), Estimates.of(xs));
    }
    return new VariantResult(variant.name(), variant.parameters(), kpiMap, failures,
        buckets(outs, bucketSeconds), cdf(latency), pods(outs), membership(outs[0]));
  }

  private static List<Bucket> buckets(ReplicationOutput[] outs, double width) {
    int n = outs[0].series().requests().length;
    List<Bucket> out = new ArrayList<>(n);
    for (int b = 0; b < n; b++) {
      double[] rate = new double[outs.length];
      double[] p50 = new double[outs.length];
      double[] p99 = new double[outs.length];
      double[] exposed = new double[outs.length];
      double req = 0;
      double ready = 0;
      double[] fail = new double[FailureCause.values().length];
      for (int r = 0; r < outs.length; r++) {
        ReplicationMetrics.Series s = outs[r].series();
        rate[r] = s.successRate()[b];
        p50[r] = s.p50()[b];
        p99[r] = s.p99()[b];
        req += s.requests()[b];
        ready += s.readyEndpoints()[b];
        exposed[r] = s.exposedFraction()[b];
        for (int c = 0; c < fail.length; c++) {
          fail[c] += s.failures()[c][b];
        }
      }
      Map<String, Double> failures = new LinkedHashMap<>();
      for (FailureCause c : FailureCause.values()) {
        failures.put(c.key(), fail[c.ordinal()] / outs.length);
      }
      out.add(new Bucket(b * width, req / outs.length, Estimates.of(rate), Estimates.of(p50),
          Estimates.of(p99), failures, ready / outs.length, Estimates.of(exposed).mean()));
    }
    return out;
  }

  private static double[] cdfPercentiles() {
    List<Double> ps = new ArrayList<>();
    for (int p = 0; p <= 99; p++) {
      ps.add((double) p);
    }
    for (double p : new double[] {99.5, 99.9, 99.95, 99.99, 100}) {
      ps.add(p);
    }
    return ps.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static List<CdfPoint> cdf(Histogram h) {
    List<CdfPoint> out = new ArrayList<>();
    if (h.getTotalCount() == 0) {
      return out;
    }
    for (double p : CDF_PERCENTILES) {
      out.add(new CdfPoint(h.getValueAtPercentile(p) / 1e6, p / 100));
    }
    return out;
  }

  private static List<PodResult> pods(ReplicationOutput[] outs) {
    Map<String, String> nodeOf = new LinkedHashMap<>();
    Map<String, double[]> served = new LinkedHashMap<>();
    for (int r = 0; r < outs.length; r++) {
      for (ReplicationOutput.PodServed p : outs[r].pods()) {
        nodeOf.putIfAbsent(p.pod(), p.node());
        double[] xs = served.computeIfAbsent(p.pod(), k -> {
          double[] a = new double[outs.length];
          java.util.Arrays.fill(a, Double.NaN);
          return a;
        });
        xs[r] = p.served();
      }
    }
    List<PodResult> out = new ArrayList<>();
    for (var e : served.entrySet()) {
      out.add(new PodResult(e.getKey(), nodeOf.get(e.getKey()), Estimates.of(e.getValue())));
    }
    return out;
  }

  private static List<MembershipInterval> membership(ReplicationOutput first) {
    List<MembershipInterval> out = new ArrayList<>();
    for (ReplicationOutput.MembershipInterval m : first.membership()) {
      out.add(new MembershipInterval(m.pod(), m.fromSeconds(), m.toSeconds()));
    }
    return out;
  }
}
