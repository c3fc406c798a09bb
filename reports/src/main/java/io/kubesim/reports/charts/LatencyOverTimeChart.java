package io.kubesim.reports.charts;

import io.kubesim.experiment.Estimate;
import io.kubesim.experiment.ExperimentResult;
import io.kubesim.experiment.ExperimentResult.Bucket;
import io.kubesim.experiment.ExperimentResult.VariantResult;
import java.awt.BasicStroke;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Latency percentiles of successful requests over time: per variant a solid p50 line and a dashed
 * p99 line in the variant's colour, in milliseconds, fault windows shaded.
 */
public final class LatencyOverTimeChart {

  private LatencyOverTimeChart() {}

  /** The dataset: series {@code <variant> p50} and {@code <variant> p99}, y in milliseconds. */
  public static XYSeriesCollection dataset(ExperimentResult r) {
    XYSeriesCollection data = new XYSeriesCollection();
    for (VariantResult v : r.variants()) {
      data.addSeries(series(data, v.name() + " p50", v, r, Bucket::latencyP50Seconds));
      data.addSeries(series(data, v.name() + " p99", v, r, Bucket::latencyP99Seconds));
    }
    return data;
  }

  private static XYSeries series(XYSeriesCollection data, String name, VariantResult v,
      ExperimentResult r, Function<Bucket, Estimate> percentile) {
    XYSeries s = new XYSeries(SeriesKeys.unique(data::indexOf, name), false, true);
    for (Bucket b : v.timeSeries()) {
      double seconds = percentile.apply(b).mean();
      if (Double.isFinite(seconds)) {
        s.add(b.startSeconds() + r.bucketSeconds() / 2, seconds * 1000);
      }
    }
    return s;
  }

  /** The chart. */
  public static ReportChart create(ExperimentResult r) {
    XYSeriesCollection data = dataset(r);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    for (int i = 0; i < data.getSeriesCount(); i++) {
      int variant = i / 2;
      renderer.setSeriesPaint(i, Palette.series(variant));
      renderer.setSeriesStroke(i, i % 2 == 0
          ? new BasicStroke(2f)
          : new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
              new float[] {7f, 4f}, 0f));
    }
    NumberAxis y = new NumberAxis("Latency of successful requests (ms)");
    XYPlot plot = new XYPlot(data, ChartStyle.timeAxis(r.durationSeconds()), y, renderer);
    ChartStyle.shadeFaults(plot, r.faults());
    String title = "Latency p50 (solid) and p99 (dashed) over time";
    return new ReportChart("chart-latency-over-time", ReportChart.Section.OVER_TIME, title,
        "Median and 99th-percentile latency of successful requests per bucket, per variant.",
        ReportChart.WIDTH_PX, ReportChart.HEIGHT_PX,
        ChartStyle.apply(new JFreeChart(title, plot)));
  }
}
