package io.kubesim.reports.charts;

import org.jfree.chart.JFreeChart;

/**
 * One chart of the report with what the page says about it.
 *
 * @param id stable identifier, unique in a report (used as an HTML id)
 * @param section the report section it belongs to
 * @param title the chart's title
 * @param description alternative text: what the chart shows
 * @param widthPx width on the page in CSS pixels (the PNG has twice as many)
 * @param heightPx height on the page in CSS pixels
 * @param chart the chart itself
 */
public record ReportChart(
    String id,
    Section section,
    String title,
    String description,
    int widthPx,
    int heightPx,
    JFreeChart chart) {

  /** Default size of a chart on the page. */
  public static final int WIDTH_PX = 900;

  /** Default height of a chart on the page. */
  public static final int HEIGHT_PX = 420;

  /** The report sections that hold charts, in page order. */
  public enum Section {
    /** Success rate and latency over time, latency CDF. */
    OVER_TIME,
    /** Failures by cause. */
    FAILURES,
    /** Endpoint membership and requests per pod. */
    PODS,
    /** KPI vs the swept parameter. */
    SWEEP,
    /** The policy matrix's benefit-vs-cost frontier. */
    MATRIX
  }
}
