package io.kubesim.reports.charts;

import io.kubesim.experiment.ExperimentResult;
import io.kubesim.experiment.ExperimentResult.Bucket;
import io.kubesim.experiment.ExperimentResult.VariantResult;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Success rate of requests started in each bucket, one line per variant with its 95 % CI band,
 * fault windows shaded. Points sit at the bucket's midpoint; buckets with no requests are left
 * out.
 */
public final class SuccessRateChart {

  private SuccessRateChart() {}

  /** The dataset: one series per variant, keyed by variant name, x in seconds. */
  public static YIntervalSeriesCollection dataset(ExperimentResult r) {
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    for (VariantResult v : r.variants()) {
      YIntervalSeries s = new YIntervalSeries(SeriesKeys.unique(data::indexOf, v.name()));
      for (Bucket b : v.timeSeries()) {
        double mean = b.successRate().mean();
        if (Double.isFinite(mean)) {
          double low = Double.isFinite(b.successRate().ciLow()) ? b.successRate().ciLow() : mean;
          double high = Double.isFinite(b.successRate().ciHigh()) ? b.successRate().ciHigh() : mean;
          s.add(b.startSeconds() + r.bucketSeconds() / 2, mean, low, high);
        }
      }
      data.addSeries(s);
    }
    return data;
  }

  /** The chart. */
  public static ReportChart create(ExperimentResult r) {
    YIntervalSeriesCollection data = dataset(r);
    NumberAxis y = new NumberAxis("Success rate (% of requests started in the bucket)");
    y.setAutoRangeIncludesZero(false);
    ChartStyle.percentAxis(y);
    DeviationRenderer renderer = new DeviationRenderer(true, false);
    renderer.setAlpha(0.2f);
    for (int i = 0; i < data.getSeriesCount(); i++) {
      renderer.setSeriesPaint(i, Palette.series(i));
      renderer.setSeriesFillPaint(i, Palette.series(i));
      renderer.setSeriesStroke(i, Palette.stroke(i, 2f));
    }
    XYPlot plot = new XYPlot(data, ChartStyle.timeAxis(r.durationSeconds()), y, renderer);
    ChartStyle.shadeFaults(plot, r.faults());
    String title = "Success rate over time";
    JFreeChart chart = ChartStyle.apply(new JFreeChart(title, plot));
    return new ReportChart("chart-success-rate", ReportChart.Section.OVER_TIME, title,
        "Success rate per " + io.kubesim.reports.format.Numbers.seconds(r.bucketSeconds()) + " bucket for each variant, with 95 % "
            + "confidence bands; fault windows shaded.",
        ReportChart.WIDTH_PX, ReportChart.HEIGHT_PX, chart);
  }
}
