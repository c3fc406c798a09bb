package io.kubesim.reports.html;

import io.kubesim.reports.html.ReportView.Figure;
import java.util.List;

/**
 * The policy-matrix section of a report: variant × case heatmaps, the regret and cost table,
 * and the benefit-vs-cost frontier. Built by {@link MatrixViewBuilder}; the template escapes
 * every string.
 *
 * @param baseline the variant every other one is compared with, case by case
 * @param cases column headings
 * @param heatmaps one table per KPI
 * @param choices one row per variant: regret, benefit, cost, frontier membership
 * @param frontier the benefit-vs-cost chart
 */
public record MatrixView(String baseline, List<Heading> cases, List<Heatmap> heatmaps,
    List<ChoiceRow> choices, List<Figure> frontier) {

  /** A case column heading with what the case models. */
  public record Heading(String name, String description) {}

  /**
   * One KPI over the matrix.
   *
   * @param id HTML id
   * @param title what the table shows, with its unit
   * @param note how to read it
   * @param rows one per variant
   */
  public record Heatmap(String id, String title, String note, List<HeatmapRow> rows) {}

  /** A variant's row of a heatmap. */
  public record HeatmapRow(String variant, List<HeatmapCell> cells) {}

  /**
   * One cell of a heatmap.
   *
   * @param value the value with its unit
   * @param ci its 95 % interval, or the verdict of a paired difference
   * @param style CSS background computed from numbers only: blue is the case's best, orange its
   *     worst
   * @param best whether this is the best value of the case
   */
  public record HeatmapCell(String value, String ci, String style, boolean best) {}

  /**
   * How a variant fares over the whole matrix.
   *
   * @param variant variant name
   * @param worstRegret largest shortfall behind the best variant of a case
   * @param worstCase the case where it falls furthest behind
   * @param benefit mean gain in success during the fault over the cases with faults
   * @param cost largest loss of the overall success rate in any case
   * @param costCase where that loss happens
   * @param onFrontier whether no other variant gives more benefit at no more cost
   * @param robust whether it is the variant with the smallest worst regret
   */
  public record ChoiceRow(String variant, String worstRegret, String worstCase, String benefit,
      String cost, String costCase, boolean onFrontier, boolean robust) {}
}
