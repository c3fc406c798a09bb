package io.kubesim.reports.html;

import java.util.List;

/**
 * Everything the report template shows, as plain strings and lists; the template escapes every
 * value. Built by {@link ReportViewBuilder}.
 *
 * @param scenario scenario name
 * @param description scenario description
 * @param facts the header's facts (seed, replications, …)
 * @param summary the plain-language verdict, one sentence per comparison
 * @param variantNames KPI table columns, one per variant
 * @param comparisonNames KPI table difference columns ({@code variant − baseline})
 * @param kpiRows KPI table rows
 * @param faults the fault timeline
 * @param failureCauses failures table columns
 * @param failureRows failures table rows, one per variant
 * @param overTimeCharts success rate and latency charts
 * @param failureCharts failures charts
 * @param podCharts membership and per-pod charts
 * @param sweep sweep section, empty when not a sweep
 * @param matrix policy-matrix section, empty when the scenario has no cases
 * @param sourceText the scenario file
 */
public record ReportView(
    String scenario,
    String description,
    List<Fact> facts,
    List<String> summary,
    List<String> variantNames,
    List<String> comparisonNames,
    List<KpiRow> kpiRows,
    List<FaultRow> faults,
    List<String> failureCauses,
    List<FailureRow> failureRows,
    List<Figure> overTimeCharts,
    List<Figure> failureCharts,
    List<Figure> podCharts,
    List<Sweep> sweep,
    List<MatrixView> matrix,
    String sourceText) {

  /** Whether this is a policy matrix, whose full KPI table is folded away under its heatmaps. */
  public boolean isMatrix() {
    return !matrix.isEmpty();
  }

  /** Whether there is a fault timeline to show. */
  public boolean hasFaults() {
    return !faults.isEmpty();
  }

  /** A labelled fact of the header. */
  public record Fact(String label, String value) {}

  /**
   * One KPI row.
   *
   * @param label KPI label with its unit
   * @param key results-file key
   * @param values one cell per variant
   * @param differences one cell per comparison
   */
  public record KpiRow(String label, String key, List<Cell> values, List<DiffCell> differences) {}

  /**
   * A variant's value of a KPI.
   *
   * @param value mean with unit
   * @param ci 95 % interval, empty without one
   * @param best whether this is the better value (significantly)
   */
  public record Cell(String value, String ci, boolean best) {}

  /**
   * A paired difference of a KPI.
   *
   * @param value difference with unit
   * @param ci 95 % interval
   * @param verdict {@code better}, {@code worse} or {@code no significant difference}
   * @param css CSS class for the verdict
   */
  public record DiffCell(String value, String ci, String verdict, String css) {}

  /**
   * A fault on the timeline, with its bar's position in percent of the run.
   *
   * @param name fault name
   * @param kind fault kind
   * @param start start time
   * @param end end time
   * @param barStyle CSS positioning of the bar (computed, numbers only)
   */
  public record FaultRow(String name, String kind, String start, String end, String barStyle) {}

  /**
   * A variant's failures by cause.
   *
   * @param variant variant name
   * @param cells share of requests per cause with CI
   */
  public record FailureRow(String variant, List<Cell> cells) {}

  /**
   * A chart.
   *
   * @param id HTML id
   * @param title title
   * @param description alternative text
   * @param src {@code data:image/png;base64,…}
   * @param width CSS width in pixels
   * @param height CSS height in pixels
   */
  public record Figure(String id, String title, String description, String src, int width,
      int height) {}

  /**
   * The sweep section.
   *
   * @param parameter the swept parameter
   * @param charts one chart per KPI
   */
  public record Sweep(String parameter, List<Figure> charts) {}
}
