package io.kubesim.scenarios.cli;

import io.kubesim.experiment.Estimate;
import io.kubesim.experiment.ExperimentResult;
import io.kubesim.metrics.Kpi;
import io.kubesim.reports.format.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The short table printed after a run: per variant the success rate (overall and during the
 * fault) with 95 % confidence intervals, p99 latency, detection time (a mean over the
 * replications that detected the fault, so their number is shown as n/N), the share of the fault
 * during which healthy nodes still routed to a faulty pod, and the re-admissions (flaps); then
 * each paired difference against the first variant.
 */
final class SummaryTable {
  private SummaryTable() {}

  private static final List<String> HEADER =
      List.of("variant", "success rate", "during fault", "p99 latency", "detection", "exposure",
          "flaps");

  static String render(ExperimentResult r) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADER);
    for (ExperimentResult.VariantResult v : r.variants()) {
      rows.add(row(TerminalText.clean(v.name()), v.kpis(), false, r.replications()));
    }
    for (ExperimentResult.Comparison c : r.comparisons()) {
      rows.add(row(TerminalText.clean(c.variant() + " − " + c.baseline()), c.kpis(), true,
          r.replications()));
    }
    StringBuilder sb = new StringBuilder();
    sb.append(TerminalText.clean(r.scenario())).append(": ").append(r.replications()).append(" replications × ")
        .append(r.variants().size()).append(" variants, ")
        .append(seconds(r.durationSeconds())).append(" simulated each, seed ").append(r.seed())
        .append('\n');
    int[] widths = widths(rows);
    for (int i = 0; i < rows.size(); i++) {
      sb.append(line(rows.get(i), widths)).append('\n');
      if (i == 0 || i == r.variants().size() && !r.comparisons().isEmpty()) {
        sb.append(rule(widths)).append('\n');
      }
    }
    return sb.toString();
  }

  private static List<String> row(String name, Map<String, Estimate> kpis, boolean difference,
      int replications) {
    Estimate exposure = kpis.get(Kpi.EXPOSURE.key());
    String detection = duration(kpis.get(Kpi.DETECTION.key()), difference);
    if (!difference && !missing(exposure)) {
      Estimate d = kpis.get(Kpi.DETECTION.key());
      detection += " (" + (d == null ? 0 : d.n()) + "/" + replications + ")";
    }
    return List.of(name,
        percent(kpis.get(Kpi.SUCCESS_RATE.key()), difference),
        percent(kpis.get(Kpi.SUCCESS_RATE_DURING_FAULT.key()), difference),
        duration(kpis.get(Kpi.LATENCY_P99.key()), difference),
        detection,
        share(exposure, difference),
        count(kpis.get(Kpi.FAULTY_ENDPOINT_FLAPS.key()), difference));
  }

  /** A share in percent with its half-width, e.g. {@code 54.1% ±0.9}. */
  private static String share(Estimate e, boolean signed) {
    if (missing(e)) {
      return "—";
    }
    String f = signed ? "%+.1f" : "%.1f";
    if (e.n() < 2 || !Double.isFinite(e.halfWidth())) {
      return String.format(Locale.ROOT, f + "%%", 100 * e.mean());
    }
    return String.format(Locale.ROOT, f + "%% ±%.1f", 100 * e.mean(), 100 * e.halfWidth());
  }

  private static String count(Estimate e, boolean signed) {
    if (missing(e)) {
      return "—";
    }
    return String.format(Locale.ROOT, signed ? "%+.2f" : "%.2f", e.mean());
  }

  private static String percent(Estimate e, boolean signed) {
    if (missing(e)) {
      return "—";
    }
    String f = signed ? "%+.2f" : "%.2f";
    if (e.n() < 2 || !Double.isFinite(e.ciLow()) || !Double.isFinite(e.ciHigh())) {
      return String.format(Locale.ROOT, f + "%% ", 100 * e.mean()) + Numbers.noInterval(e.n());
    }
    return String.format(Locale.ROOT, f + "%% [" + f + ", " + f + "]",
        100 * e.mean(), 100 * e.ciLow(), 100 * e.ciHigh());
  }

  private static String duration(Estimate e, boolean signed) {
    if (missing(e)) {
      return "—";
    }
    boolean ms = Math.abs(e.mean()) < 1 && Math.abs(e.ciHigh()) < 1;
    double k = ms ? 1000 : 1;
    String unit = ms ? " ms" : " s";
    String f = signed ? "%+.1f" : "%.1f";
    if (e.n() < 2 || Double.isNaN(e.ciLow())) {
      return String.format(Locale.ROOT, f + unit, k * e.mean());
    }
    return String.format(Locale.ROOT, f + unit + " ±%.1f", k * e.mean(), k * e.halfWidth());
  }

  private static boolean missing(Estimate e) {
    return e == null || e.n() == 0 || Double.isNaN(e.mean());
  }

  private static String seconds(double s) {
    return s % 60 == 0 ? (long) (s / 60) + " min" : String.format(Locale.ROOT, "%.0f s", s);
  }

  private static int[] widths(List<List<String>> rows) {
    int[] w = new int[HEADER.size()];
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        w[i] = Math.max(w[i], row.get(i).length());
      }
    }
    return w;
  }

  private static String line(List<String> row, int[] widths) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < row.size(); i++) {
      String cell = row.get(i);
      sb.append(i == 0 ? cell + " ".repeat(widths[i] - cell.length())
          : "  " + " ".repeat(widths[i] - cell.length()) + cell);
    }
    return sb.toString().stripTrailing();
  }

  private static String rule(int[] widths) {
    int total = 0;
    for (int w : widths) {
      total += w + 2;
    }
    return "-".repeat(total - 2);
  }
}
