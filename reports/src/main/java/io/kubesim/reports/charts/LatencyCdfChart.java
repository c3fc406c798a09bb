package io.kubesim.reports.charts;

import io.kubesim.experiment.ExperimentResult;
import io.kubesim.experiment.ExperimentResult.CdfPoint;
import io.kubesim.experiment.ExperimentResult.VariantResult;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The latency distribution of successful requests (pooled over replications) as a CDF, one step
 * line per variant. Latency is on a log axis when every point is positive, since timeouts and
 * SYN retransmissions put the tail orders of magnitude above the median.
 */
public final class LatencyCdfChart {

  private LatencyCdfChart() {}

  /** The dataset: one series per variant, x in milliseconds, y the cumulative fraction. */
  public static XYSeriesCollection dataset(ExperimentResult r) {
    XYSeriesCollection data = new XYSeriesCollection();
    for (VariantResult v : r.variants()) {
      XYSeries s = new XYSeries(SeriesKeys.unique(data::indexOf, v.name()), true, true);
      for (CdfPoint p : v.latencyCdf()) {
        if (Double.isFinite(p.latencySeconds()) && Double.isFinite(p.cumulativeFraction())) {
          s.add(p.latencySeconds() * 1000, p.cumulativeFraction());
        }
      }
      data.addSeries(s);
    }
    return data;
  }

  /** The chart. */
  public static ReportChart create(ExperimentResult r) {
    XYSeriesCollection data = dataset(r);
    ValueAxis x;
    if (hasPoints(data) && allPositive(data)) {
      LogAxis log = new LogAxis("Latency (ms, log scale)");
      log.setBase(10);
      log.setSmallestValue(1e-3);
      log.setTickUnit(new NumberTickUnit(1));
      log.setNumberFormatOverride(new DecimalFormat("#,##0.###",
          DecimalFormatSymbols.getInstance(Locale.ROOT)));
      x = log;
    } else {
      x = new NumberAxis("Latency (ms)");
    }
    NumberAxis y = new NumberAxis("Fraction of successful requests at or below (%)");
    y.setRange(0, 1.0);
    ChartStyle.percentAxis(y);
    XYStepRenderer renderer = new XYStepRenderer();
    for (int i = 0; i < data.getSeriesCount(); i++) {
      renderer.setSeriesPaint(i, Palette.series(i));
      renderer.setSeriesStroke(i, Palette.stroke(i, 2f));
    }
    XYPlot plot = new XYPlot(data, x, y, renderer);
    String title = "Latency distribution (CDF)";
    return new ReportChart("chart-latency-cdf", ReportChart.Section.OVER_TIME, title,
        "Cumulative distribution of the latency of successful requests, pooled over "
            + "replications, per variant.",
        ReportChart.WIDTH_PX, ReportChart.HEIGHT_PX,
        ChartStyle.apply(new JFreeChart(title, plot)));
  }

  private static boolean allPositive(XYSeriesCollection data) {
    for (int s = 0; s < data.getSeriesCount(); s++) {
      for (int i = 0; i < data.getItemCount(s); i++) {
        if (data.getXValue(s, i) <= 0) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean hasPoints(XYSeriesCollection data) {
    for (int s = 0; s < data.getSeriesCount(); s++) {
      if (data.getItemCount(s) > 0) {
        return true;
      }
    }
    return false;
  }
}
