package io.kubesim.reports.html;

import io.kubesim.experiment.Estimate;
import io.kubesim.experiment.ExperimentResult;
import io.kubesim.experiment.ExperimentResult.Comparison;
import io.kubesim.experiment.ExperimentResult.VariantResult;
import io.kubesim.reports.format.KpiInfo;
import io.kubesim.reports.format.Numbers;
import io.kubesim.reports.html.ReportView.Cell;
import io.kubesim.reports.html.ReportView.DiffCell;
import io.kubesim.reports.html.ReportView.KpiRow;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the KPI table: each variant's mean with its 95 % CI, each paired difference with its CI
 * and verdict. The better value is marked only when the paired difference says so: a variant's
 * value when its difference from the baseline excludes zero in the better direction, the
 * baseline's when every other variant is significantly worse.
 */
final class KpiTableBuilder {

  private KpiTableBuilder() {}

  static List<KpiRow> rows(ExperimentResult r) {
    Set<String> keys = new LinkedHashSet<>();
    r.variants().forEach(v -> keys.addAll(v.kpis().keySet()));
    List<KpiRow> rows = new ArrayList<>();
    for (String key : keys) {
      rows.add(row(r, KpiInfo.of(key)));
    }
    return rows;
  }

  private static KpiRow row(ExperimentResult r, KpiInfo kpi) {
    List<Verdict> verdicts = new ArrayList<>();
    List<DiffCell> differences = new ArrayList<>();
    for (Comparison c : r.comparisons()) {
      Estimate d = c.kpis().getOrDefault(kpi.key(), Estimate.empty());
      Verdict verdict = Verdict.of(d, kpi.higherIsBetter());
      verdicts.add(verdict);
      differences.add(new DiffCell(Numbers.difference(d.mean(), kpi.unit()),
          Numbers.interval(d, kpi.unit()), verdict.text, verdict.css));
    }
    List<Cell> values = new ArrayList<>();
    for (VariantResult v : r.variants()) {
      Estimate e = v.kpis().getOrDefault(kpi.key(), Estimate.empty());
      String value = Numbers.value(e.mean(), kpi.unit());
      if (kpi.averagedOverOccurrences()) {
        value += " (" + e.n() + "/" + r.replications() + ")";
      }
      values.add(new Cell(value, Numbers.interval(e, kpi.unit()), isBest(r, kpi, v, verdicts)));
    }
    return new KpiRow(kpi.labelWithUnit(), kpi.key(), values, differences);
  }

  /**
   * The baseline is best when every other variant is significantly worse; otherwise the best is
   * the variant with the best paired difference among those significantly better than the
   * baseline, if any.
   */
  private static boolean isBest(ExperimentResult r, KpiInfo kpi, VariantResult v,
      List<Verdict> verdicts) {
    if (verdicts.isEmpty() || kpi.higherIsBetter().isEmpty()) {
      return false;
    }
    if (r.variants().get(0) == v) {
      return verdicts.stream().allMatch(x -> x == Verdict.WORSE);
    }
    boolean higher = kpi.higherIsBetter().get();
    String winner = null;
    double bestDifference = Double.NaN;
    for (int i = 0; i < verdicts.size(); i++) {
      if (verdicts.get(i) != Verdict.BETTER) {
        continue;
      }
      Comparison c = r.comparisons().get(i);
      double d = c.kpis().get(kpi.key()).mean();
      if (winner == null || (higher ? d > bestDifference : d < bestDifference)) {
        winner = c.variant();
        bestDifference = d;
      }
    }
    return v.name().equals(winner);
  }

  /** What a paired difference says about the variant compared with the baseline. */
  enum Verdict {
    BETTER("better", "better"),
    WORSE("worse", "worse"),
    SAME("no significant difference", "same"),
    UNKNOWN("", "");

    final String text;
    final String css;

    Verdict(String text, String css) {
      this.text = text;
      this.css = css;
    }

    static Verdict of(Estimate d, Optional<Boolean> higherIsBetter) {
      if (d.n() == 0 || Double.isNaN(d.mean())) {
        return UNKNOWN;
      }
      if (!d.excludesZero()) {
        return SAME;
      }
      if (higherIsBetter.isEmpty()) {
        return UNKNOWN;
      }
      return (d.mean() > 0) == higherIsBetter.get() ? BETTER : WORSE;
    }
  }
}
