package io.kubesim.reports.html;

import io.kubesim.experiment.Estimate;
import io.kubesim.experiment.ExperimentResult;
import io.kubesim.experiment.ExperimentResult.Comparison;
import io.kubesim.experiment.ExperimentResult.VariantResult;
import io.kubesim.metrics.Kpi;
import io.kubesim.reports.format.KpiInfo;
import io.kubesim.reports.format.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The verdict in plain language, one sentence per comparison, on the headline KPI: the success
 * rate during the fault when there was one, else the overall success rate. For example:
 * "throughput raised the success rate during the fault from 83.10 % ± 0.40 (default) to 99.60 %
 * ± 0.10 (paired difference +16.50 pp, 95 % CI [16.10, 16.90])."
 */
final class SummaryText {

  private SummaryText() {}

  static List<String> sentences(ExperimentResult r) {
    List<String> out = new ArrayList<>();
    Optional<String> headline = headlineKpi(r);
    if (headline.isEmpty() || r.variants().isEmpty()) {
      out.add("No success-rate results to compare.");
      return out;
    }
    KpiInfo kpi = KpiInfo.of(headline.get());
    String what = kpi.label().toLowerCase(Locale.ROOT);
    if (r.comparisons().isEmpty()) {
      for (VariantResult v : r.variants()) {
        Estimate e = v.kpis().get(kpi.key());
        out.add(v.name() + ": " + what + " " + withHalfWidth(e, kpi) + " over " + e.n()
            + " replications.");
      }
      return out;
    }
    for (Comparison c : r.comparisons()) {
      out.add(sentence(r, c, kpi, what));
    }
    for (VariantResult v : r.variants()) {
      exposureSentence(r, v).ifPresent(out::add);
    }
    return out;
  }

  /**
   * What the variant's detection is worth once re-admissions are counted: when it first removed
   * the faulty pods (averaged over the replications that did, n/N shown), how often it re-admitted
   * them and the share of the fault during which healthy nodes still routed to them. With one
   * fault, also the share a removal that held would have left.
   */
  static Optional<String> exposureSentence(ExperimentResult r, VariantResult v) {
    Estimate exposure = v.kpis().getOrDefault(Kpi.EXPOSURE.key(), Estimate.empty());
    if (exposure.n() == 0 || Double.isNaN(exposure.mean())) {
      return Optional.empty();
    }
    KpiInfo share = KpiInfo.of(Kpi.EXPOSURE.key());
    String exposed = withHalfWidth(exposure, share) + " of the fault";
    Estimate detection = v.kpis().getOrDefault(Kpi.DETECTION.key(), Estimate.empty());
    if (detection.n() == 0) {
      return Optional.of(v.name() + " never removed the faulty pods from the healthy nodes' "
          + "routing (" + Numbers.ofReplications(0, r.replications()) + "): they routed to a "
          + "faulty pod during " + exposed + ".");
    }
    Estimate flaps = v.kpis().getOrDefault(Kpi.FAULTY_ENDPOINT_FLAPS.key(), Estimate.empty());
    StringBuilder sb = new StringBuilder(v.name()).append(" first removed the faulty pods after ")
        .append(String.format(Locale.ROOT, "%.1f s", detection.mean()))
        .append(Double.isFinite(detection.halfWidth())
            ? String.format(Locale.ROOT, " ± %.1f", detection.halfWidth()) : "")
        .append(" (mean over the ").append(Numbers.ofReplications(detection.n(), r.replications()))
        .append(" that detected it)");
    if (Double.isFinite(flaps.mean()) && flaps.mean() > 0) {
      sb.append(" but re-admitted them ").append(Numbers.plain(flaps.mean(), "count"))
          .append(" times per fault on average: healthy nodes still routed to a faulty pod during ")
          .append(exposed);
      if (r.faults().size() == 1) {
        double length = r.faults().get(0).endSeconds() - r.faults().get(0).startSeconds();
        if (length > 0 && Double.isFinite(length) && detection.n() == r.replications()) {
          sb.append(", where a removal that held would have left ")
              .append(Numbers.value(Math.min(1, detection.mean() / length), "fraction"));
        }
      }
      sb.append('.');
    } else {
      sb.append(" and kept them out: healthy nodes routed to a faulty pod during ")
          .append(exposed).append('.');
    }
    return Optional.of(sb.toString());
  }

  private static String sentence(ExperimentResult r, Comparison c, KpiInfo kpi, String what) {
    Estimate base = estimate(r, c.baseline(), kpi.key());
    Estimate other = estimate(r, c.variant(), kpi.key());
    Estimate d = c.kpis().getOrDefault(kpi.key(), Estimate.empty());
    String difference = "paired difference " + Numbers.difference(d.mean(), kpi.unit())
        + (Numbers.interval(d, kpi.unit()).isEmpty()
            ? "" : ", 95 % CI " + Numbers.interval(d, kpi.unit()));
    if (!d.excludesZero()) {
      return c.variant() + " and " + c.baseline() + " do not differ significantly in the "
          + what + ": " + withHalfWidth(base, kpi) + " vs " + withHalfWidth(other, kpi) + " ("
          + difference + ", which includes zero).";
    }
    String verb = d.mean() > 0 ? "raised" : "lowered";
    return c.variant() + " " + verb + " the " + what + " from " + withHalfWidth(base, kpi)
        + " (" + c.baseline() + ") to " + withHalfWidth(other, kpi) + " (" + difference + ").";
  }

  private static String withHalfWidth(Estimate e, KpiInfo kpi) {
    String hw = Numbers.halfWidth(e, kpi.unit());
    return Numbers.value(e.mean(), kpi.unit()) + (hw.isEmpty() ? "" : " " + hw);
  }

  private static Estimate estimate(ExperimentResult r, String variant, String key) {
    return r.variants().stream().filter(v -> v.name().equals(variant)).findFirst()
        .map(v -> v.kpis().getOrDefault(key, Estimate.empty()))
        .orElse(Estimate.empty());
  }

  /** During-fault success rate if every variant has it, else the overall success rate. */
  private static Optional<String> headlineKpi(ExperimentResult r) {
    for (Kpi k : List.of(Kpi.SUCCESS_RATE_DURING_FAULT, Kpi.SUCCESS_RATE)) {
      boolean all = !r.variants().isEmpty() && r.variants().stream().allMatch(v ->
          v.kpis().containsKey(k.key()) && Double.isFinite(v.kpis().get(k.key()).mean()));
      if (all) {
        return Optional.of(k.key());
      }
    }
    return Optional.empty();
  }
}
