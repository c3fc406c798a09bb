package io.kubesim.reports.charts;

import io.kubesim.experiment.ExperimentResult;
import io.kubesim.experiment.ExperimentResult.PodResult;
import io.kubesim.experiment.ExperimentResult.VariantResult;
import java.util.HashSet;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * Requests served per pod, grouped bars per variant, with 95 % CI whiskers. The dataset's
 * "standard deviation" slot holds the CI half-width, which is what the whiskers draw.
 */
public final class PodRequestsChart {

  private PodRequestsChart() {}

  /**
   * The dataset: rows are variants, columns are the shown pods (all, or with many pods the
   * extremes chosen by {@link PodSelection#forRequests}); mean and CI half-width.
   */
  public static DefaultStatisticalCategoryDataset dataset(ExperimentResult r) {
    return dataset(r, PodSelection.forRequests(r.variants()));
  }

  private static DefaultStatisticalCategoryDataset dataset(ExperimentResult r,
      PodSelection shown) {
    Set<String> pods = new HashSet<>(shown.pods());
    DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
    for (VariantResult v : r.variants()) {
      for (PodResult p : v.pods()) {
        if (!pods.contains(p.pod())) {
          continue;
        }
        double half = Double.isFinite(p.served().halfWidth()) ? p.served().halfWidth() : 0;
        data.add(p.served().mean(), half, v.name(), p.pod());
      }
    }
    return data;
  }

  /** The chart. */
  public static ReportChart create(ExperimentResult r) {
    PodSelection shown = PodSelection.forRequests(r.variants());
    DefaultStatisticalCategoryDataset data = dataset(r, shown);
    StatisticalBarRenderer renderer = new StatisticalBarRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setErrorIndicatorPaint(java.awt.Color.BLACK);
    renderer.setItemMargin(0.05);
    for (int i = 0; i < data.getRowCount(); i++) {
      renderer.setSeriesPaint(i, Palette.series(i));
    }
    CategoryAxis x = new CategoryAxis("Pod");
    if (data.getColumnCount() > 8) {
      x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
    CategoryPlot plot = new CategoryPlot(data, x,
        new NumberAxis("Requests served per replication (mean, 95 % CI)"), renderer);
    String title = "Requests served per pod";
    return new ReportChart("chart-requests-per-pod", ReportChart.Section.PODS, title,
        "Mean requests each pod served per replication, per variant, with 95 % confidence "
            + "intervals." + shown.caption(),
        ReportChart.WIDTH_PX, ReportChart.HEIGHT_PX,
        ChartStyle.apply(new JFreeChart(title, plot)));
  }
}
