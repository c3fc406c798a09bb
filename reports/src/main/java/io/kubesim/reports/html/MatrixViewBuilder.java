package io.kubesim.reports.html;

import io.kubesim.experiment.Estimate;
import io.kubesim.metrics.Kpi;
import io.kubesim.reports.charts.ChartPng;
import io.kubesim.reports.charts.FrontierChart;
import io.kubesim.reports.charts.ReportChart;
import io.kubesim.reports.format.KpiInfo;
import io.kubesim.reports.format.Numbers;
import io.kubesim.reports.html.MatrixView.ChoiceRow;
import io.kubesim.reports.html.MatrixView.Heading;
import io.kubesim.reports.html.MatrixView.Heatmap;
import io.kubesim.reports.html.MatrixView.HeatmapCell;
import io.kubesim.reports.html.MatrixView.HeatmapRow;
import io.kubesim.reports.html.ReportView.Figure;
import io.kubesim.reports.matrix.PolicyMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Builds the {@link MatrixView} of a policy matrix and its verdict: the best variant per case
 * and the variant that is never much worse than the best.
 */
final class MatrixViewBuilder {
  /** KPIs shown as heatmaps besides the headline, when the results hold them. */
  private static final List<String> COST_KPIS = List.of("exposureFraction",
      Kpi.FALSE_UNREADY.key(), "falseEjections", Kpi.CAPACITY_LOST_AFTER_HEAL.key(),
      Kpi.EVICTIONS.key());

  private static final int[] BETTER = {0x00, 0x72, 0xB2};
  private static final int[] WORSE = {0xD5, 0x5E, 0x00};

  private MatrixViewBuilder() {}

  static MatrixView build(PolicyMatrix m) {
    List<Heading> cases = m.cases().stream()
        .map(c -> new Heading(c, m.hasFaults(c) ? "" : "no fault: overall success")).toList();
    List<Heatmap> heatmaps = new ArrayList<>();
    heatmaps.add(heatmap(m, "matrix-headline",
        "Success rate during the fault (%; overall in a case without faults)",
        "Mean over replications with its 95 % interval. Colour ranks the variants within each "
            + "case: blue is the case's best, orange its worst; ★ marks the best.",
        true, (v, c) -> m.headline(v, c), "fraction"));
    heatmaps.add(gainHeatmap(m));
    for (String kpi : COST_KPIS) {
      if (m.has(kpi)) {
        KpiInfo info = KpiInfo.of(kpi);
        heatmaps.add(heatmap(m, "matrix-" + kpi, info.labelWithUnit(),
            "Mean over replications with its 95 % interval; lower is better.",
            info.higherIsBetter().orElse(false), (v, c) -> m.estimate(v, c, kpi), info.unit()));
      }
    }
    Set<String> frontier = Set.copyOf(m.frontier());
    String robust = m.robust();
    List<ChoiceRow> choices = new ArrayList<>();
    for (String v : m.variants()) {
      choices.add(new ChoiceRow(v, Numbers.difference(-m.worstRegret(v), "fraction"),
          m.worstRegret(v) > 0 ? m.worstCase(v) : "—",
          Numbers.difference(m.benefit(v), "fraction"),
          Numbers.difference(-m.cost(v), "fraction"),
          m.cost(v) > 0 ? m.costCase(v) : "—", frontier.contains(v), v.equals(robust)));
    }
    ReportChart chart = FrontierChart.create(m);
    Figure figure = new Figure(chart.id(), chart.title(), chart.description(),
        ChartPng.dataUri(chart), chart.widthPx(), chart.heightPx());
    return new MatrixView(m.baseline(), cases, heatmaps, choices, List.of(figure));
  }

  /** The verdict: one sentence per case naming its best variant, then the robust choice. */
  static List<String> verdict(PolicyMatrix m) {
    List<String> out = new ArrayList<>();
    for (String c : m.cases()) {
      String best = m.best(c);
      KpiInfo kpi = KpiInfo.of(m.headlineKpi(c));
      Estimate e = m.headline(best, c);
      Estimate base = m.headline(m.baseline(), c);
      String what = kpi.label().toLowerCase(Locale.ROOT);
      if (best.equals(m.baseline())) {
        out.add(c + ": no variant beats " + best + " (" + what + " " + value(e, kpi) + ").");
      } else {
        Estimate d = m.difference(best, c, kpi.key());
        out.add(c + ": best is " + best + " with " + what + " " + value(e, kpi) + " against "
            + value(base, kpi) + " for " + m.baseline() + " (paired "
            + Numbers.difference(d.mean(), kpi.unit())
            + (d.excludesZero() ? "" : ", not significant") + ").");
      }
    }
    String robust = m.robust();
    double regret = m.worstRegret(robust);
    out.add("Never much worse: " + robust + (regret > 0
        ? ", at most " + Numbers.plain(regret * 100, "fraction") + " pp behind the best variant "
            + "of any case (in " + m.worstCase(robust) + ")."
        : ", the best variant in every case."));
    out.add("Benefit against cost: " + String.join(", ", m.frontier())
        + (m.frontier().size() == 1 ? " is" : " are")
        + " on the frontier (no other variant gains more during faults for no larger loss "
        + "elsewhere).");
    return out;
  }

  private static String value(Estimate e, KpiInfo kpi) {
    String hw = Numbers.halfWidth(e, kpi.unit());
    return Numbers.value(e.mean(), kpi.unit()) + (hw.isEmpty() ? "" : " " + hw);
  }

  private static Heatmap gainHeatmap(PolicyMatrix m) {
    List<HeatmapRow> rows = new ArrayList<>();
    for (String v : m.variants()) {
      if (v.equals(m.baseline())) {
        continue;
      }
      List<HeatmapCell> cells = new ArrayList<>();
      for (String c : m.cases()) {
        Estimate d = m.difference(v, c, m.headlineKpi(c));
        boolean identical = d.n() > 0 && d.mean() == 0 && d.ciLow() == 0 && d.ciHigh() == 0;
        String verdict = !Double.isFinite(d.mean()) ? ""
            : identical ? "identical in every replication"
            : d.excludesZero() ? (d.mean() > 0 ? "better" : "worse") : "no significant difference";
        double scale = Double.isFinite(d.mean()) && d.excludesZero()
            ? 0.5 + Math.max(-0.5, Math.min(0.5, d.mean() * 10)) : 0.5;
        cells.add(new HeatmapCell(Numbers.difference(d.mean(), "fraction"),
            identical ? verdict : Numbers.interval(d, "fraction") + " " + verdict, style(scale),
            false));
      }
      rows.add(new HeatmapRow(v, cells));
    }
    return new Heatmap("matrix-gain", "Paired gain over " + m.baseline() + " (pp)",
        "Each variant minus " + m.baseline() + " in the same case, replication by replication, "
            + "on the headline of the case. Blue cells are significant gains, orange "
            + "significant losses (full colour at ±5 pp).", rows);
  }

  private static Heatmap heatmap(PolicyMatrix m, String id, String title, String note,
      boolean higherIsBetter, BiFunction<String, String, Estimate> value, String unit) {
    List<HeatmapRow> rows = new ArrayList<>();
    for (String v : m.variants()) {
      List<HeatmapCell> cells = new ArrayList<>();
      for (String c : m.cases()) {
        Estimate e = value.apply(v, c);
        double rank = rank(m, c, e.mean(), higherIsBetter, value);
        cells.add(new HeatmapCell(Numbers.value(e.mean(), unit), Numbers.interval(e, unit),
            style(rank), rank == 1 && distinct(m, c, value)));
      }
      rows.add(new HeatmapRow(v, cells));
    }
    return new Heatmap(id, title, note, rows);
  }

  /** Where {@code x} lies between the case's worst (0) and best (1) value; 0.5 if all equal. */
  private static double rank(PolicyMatrix m, String c, double x, boolean higherIsBetter,
      BiFunction<String, String, Estimate> value) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (String v : m.variants()) {
      double y = value.apply(v, c).mean();
      if (Double.isFinite(y)) {
        lo = Math.min(lo, y);
        hi = Math.max(hi, y);
      }
    }
    if (!Double.isFinite(x) || !(hi > lo)) {
      return 0.5;
    }
    double r = (x - lo) / (hi - lo);
    return higherIsBetter ? r : 1 - r;
  }

  private static boolean distinct(PolicyMatrix m, String c,
      BiFunction<String, String, Estimate> value) {
    return m.variants().stream().map(v -> value.apply(v, c).mean())
        .filter(Double::isFinite).distinct().count() > 1;
  }

  /** A background from orange (0) through white (0.5) to blue (1); numbers only. */
  static String style(double goodness) {
    int[] rgb = goodness >= 0.5 ? BETTER : WORSE;
    double alpha = Math.abs(goodness - 0.5) * 0.9;
    return String.format(Locale.ROOT, "background-color:rgba(%d,%d,%d,%.2f)", rgb[0], rgb[1],
        rgb[2], alpha);
  }
}
