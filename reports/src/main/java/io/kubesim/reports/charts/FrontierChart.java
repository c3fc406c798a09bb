package io.kubesim.reports.charts;

import io.kubesim.reports.matrix.PolicyMatrix;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Benefit against cost of every variant of a policy matrix, in percentage points: x is the
 * largest loss of the overall success rate in any case (cost), y the mean gain in success
 * during the fault over the cases with faults (benefit). The frontier (variants no other one
 * dominates) is joined by a line; up and to the left is better.
 */
public final class FrontierChart {

  private FrontierChart() {}

  /** Series 0: every variant; series 1: the frontier, in order of cost. */
  public static XYSeriesCollection dataset(PolicyMatrix m) {
    XYSeries all = new XYSeries("variants", false, true);
    for (String v : m.variants()) {
      all.add(m.cost(v) * 100, m.benefit(v) * 100);
    }
    XYSeries front = new XYSeries("frontier", false, true);
    for (String v : m.frontier()) {
      front.add(m.cost(v) * 100, m.benefit(v) * 100);
    }
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(all);
    data.addSeries(front);
    return data;
  }

  /** The chart. */
  public static ReportChart create(PolicyMatrix m) {
    XYSeriesCollection data = dataset(m);
    NumberAxis x = new NumberAxis("Cost: worst loss of overall success in any case (pp)");
    NumberAxis y = new NumberAxis("Benefit: mean gain in success during faults (pp)");
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
    renderer.setSeriesLinesVisible(0, false);
    renderer.setSeriesShapesVisible(0, true);
    renderer.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
    renderer.setSeriesPaint(0, Palette.series(0));
    renderer.setSeriesLinesVisible(1, true);
    renderer.setSeriesShapesVisible(1, false);
    renderer.setSeriesPaint(1, new Color(0x555555));
    renderer.setSeriesStroke(1, new BasicStroke(1.5f, BasicStroke.CAP_ROUND,
        BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f));
    XYPlot plot = new XYPlot(data, x, y, renderer);
    List<String> variants = m.variants();
    for (String v : variants) {
      XYTextAnnotation label = new XYTextAnnotation(" " + v, m.cost(v) * 100,
          m.benefit(v) * 100);
      label.setFont(ChartStyle.TICK);
      label.setTextAnchor(TextAnchor.BOTTOM_LEFT);
      plot.addAnnotation(label);
    }
    String title = "Benefit against cost";
    JFreeChart chart = ChartStyle.apply(new JFreeChart(title, plot));
    chart.removeLegend();
    return new ReportChart("chart-frontier", ReportChart.Section.MATRIX, title,
        "Each variant's mean gain in success during faults over " + m.baseline()
            + " against its worst loss of overall success in any case, in percentage points; "
            + "the dashed line joins the variants no other one beats on both.",
        ReportChart.WIDTH_PX, ReportChart.HEIGHT_PX, chart);
  }
}
