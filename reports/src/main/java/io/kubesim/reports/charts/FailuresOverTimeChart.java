package io.kubesim.reports.charts;

import io.kubesim.experiment.ExperimentResult;
import io.kubesim.experiment.ExperimentResult.Bucket;
import io.kubesim.experiment.ExperimentResult.VariantResult;
import io.kubesim.reports.format.CauseOrder;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;

/**
 * Failed requests per second over time for one variant, stacked by cause, fault windows shaded:
 * shows when requests failed and why.
 */
public final class FailuresOverTimeChart {

  private FailuresOverTimeChart() {}

  /** The dataset: one series per cause, x the bucket midpoint, y failures per second. */
  public static DefaultTableXYDataset dataset(ExperimentResult r, VariantResult v) {
    DefaultTableXYDataset data = new DefaultTableXYDataset();
    Set<String> causes = new LinkedHashSet<>();
    v.timeSeries().forEach(b -> causes.addAll(b.failures().keySet()));
    double width = r.bucketSeconds() > 0 ? r.bucketSeconds() : 1;
    for (String cause : CauseOrder.of(causes)) {
      XYSeries s = new XYSeries(cause, true, false);
      for (Bucket b : v.timeSeries()) {
        Double failed = b.failures().get(cause);
        double perSecond = failed == null || !Double.isFinite(failed) ? 0 : failed / width;
        s.add(b.startSeconds() + width / 2, perSecond);
      }
      data.addSeries(s);
    }
    return data;
  }

  /** The chart for variant {@code index} of {@code r}. */
  public static ReportChart create(ExperimentResult r, int index) {
    VariantResult v = r.variants().get(index);
    DefaultTableXYDataset data = dataset(r, v);
    StackedXYAreaRenderer2 renderer = new StackedXYAreaRenderer2();
    for (int i = 0; i < data.getSeriesCount(); i++) {
      renderer.setSeriesPaint(i, Palette.cause(data.getSeriesKey(i).toString()));
    }
    NumberAxis y = new NumberAxis("Failed requests per second (mean over replications)");
    XYPlot plot = new XYPlot(data, ChartStyle.timeAxis(r.durationSeconds()), y, renderer);
    plot.setForegroundAlpha(0.85f);
    ChartStyle.shadeFaults(plot, r.faults());
    String title = "Failures over time by cause — " + v.name();
    return new ReportChart("chart-failures-over-time-" + index, ReportChart.Section.FAILURES,
        title, "Failed requests per second by cause over time for variant " + v.name() + ".",
        ReportChart.WIDTH_PX, 340, ChartStyle.apply(new JFreeChart(title, plot)));
  }
}
