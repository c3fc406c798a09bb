package io.kubesim.reports.charts;

import io.kubesim.experiment.Estimate;
import io.kubesim.experiment.ExperimentResult;
import io.kubesim.experiment.ExperimentResult.VariantResult;
import io.kubesim.reports.format.CauseOrder;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Failed requests by cause as a share of all requests: one stacked bar per variant, one colour per
 * cause (the same colour in every chart). The exact values with CIs are in the failures table.
 */
public final class FailuresByCauseChart {

  private FailuresByCauseChart() {}

  /** The dataset: rows are causes, columns are variants, values in % of requests. */
  public static DefaultCategoryDataset dataset(ExperimentResult r) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    Set<String> causes = new LinkedHashSet<>();
    r.variants().forEach(v -> causes.addAll(v.failures().keySet()));
    for (String cause : CauseOrder.of(causes)) {
      for (VariantResult v : r.variants()) {
        Estimate e = v.failures().get(cause);
        double percent = e == null || !Double.isFinite(e.mean()) ? 0 : e.mean() * 100;
        data.addValue(percent, cause, v.name());
      }
    }
    return data;
  }

  /** The chart. */
  public static ReportChart create(ExperimentResult r) {
    DefaultCategoryDataset data = dataset(r);
    StackedBarRenderer renderer = new StackedBarRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setMaximumBarWidth(0.12);
    for (int i = 0; i < data.getRowCount(); i++) {
      renderer.setSeriesPaint(i, Palette.cause(data.getRowKey(i).toString()));
    }
    CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("Variant"),
        new NumberAxis("Failed requests (% of all requests)"), renderer);
    plot.setOrientation(PlotOrientation.VERTICAL);
    String title = "Failures by cause";
    return new ReportChart("chart-failures-by-cause", ReportChart.Section.FAILURES, title,
        "Share of requests that failed, stacked by the cause the client saw, per variant.",
        ReportChart.WIDTH_PX, ReportChart.HEIGHT_PX,
        ChartStyle.apply(new JFreeChart(title, plot)));
  }
}
