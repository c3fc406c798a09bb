package io.kubesim.reports.charts;

import io.kubesim.experiment.ExperimentResult;
import io.kubesim.experiment.ExperimentResult.MembershipInterval;
import io.kubesim.experiment.ExperimentResult.VariantResult;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * Endpoint membership per pod over time for one variant (replication 0): a Gantt-like chart with
 * one row per pod and a bar for each interval the pod was in the service's endpoints (API-server
 * view), fault windows shaded. Gaps are when the pod was out of the service.
 */
public final class MembershipChart {

  private static final double BAR_HALF_HEIGHT = 0.35;

  private MembershipChart() {}

  /**
   * The pod rows, top to bottom: pods in result order, then pods seen only in membership; with
   * many pods, those longest out of the endpoints (see {@link PodSelection}).
   */
  public static List<String> pods(ExperimentResult r, VariantResult v) {
    return PodSelection.forMembership(v, r.durationSeconds()).pods();
  }

  /** The dataset: one series, an item per interval of a shown pod, y the pod's row index. */
  public static XYIntervalSeriesCollection dataset(ExperimentResult r, VariantResult v) {
    return dataset(r, v, PodSelection.forMembership(v, r.durationSeconds()));
  }

  private static XYIntervalSeriesCollection dataset(ExperimentResult r, VariantResult v,
      PodSelection shown) {
    Map<String, Integer> rows = PodSelection.indexOf(shown.pods());
    XYIntervalSeries s = new XYIntervalSeries("in endpoints");
    double end = r.durationSeconds();
    for (MembershipInterval m : v.membership()) {
      Integer row = rows.get(m.pod());
      if (row == null) {
        continue;
      }
      double from = Double.isFinite(m.fromSeconds()) ? m.fromSeconds() : 0;
      double to = Double.isFinite(m.toSeconds()) ? m.toSeconds() : end;
      s.add((from + to) / 2, from, to, row, row - BAR_HALF_HEIGHT, row + BAR_HALF_HEIGHT);
    }
    XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
    data.addSeries(s);
    return data;
  }

  /** The chart for variant {@code index} of {@code r}; its height grows with the pods. */
  public static ReportChart create(ExperimentResult r, int index) {
    VariantResult v = r.variants().get(index);
    PodSelection shown = PodSelection.forMembership(v, r.durationSeconds());
    List<String> pods = shown.pods();
    XYBarRenderer renderer = new XYBarRenderer();
    renderer.setUseYInterval(true);
    renderer.setBarPainter(new StandardXYBarPainter());
    renderer.setShadowVisible(false);
    renderer.setSeriesPaint(0, Palette.series(index));
    SymbolAxis y = new SymbolAxis("Pod", pods.toArray(new String[0]));
    y.setGridBandsVisible(false);
    y.setInverted(true);
    y.setRange(-0.5, Math.max(pods.size(), 1) - 0.5);
    XYPlot plot = new XYPlot(dataset(r, v, shown), ChartStyle.timeAxis(r.durationSeconds()), y,
        renderer);
    ChartStyle.shadeFaults(plot, r.faults());
    String title = "Endpoint membership per pod — " + v.name();
    JFreeChart chart = ChartStyle.apply(new JFreeChart(title, plot));
    chart.removeLegend();
    int height = Math.min(2000, 130 + 26 * Math.max(pods.size(), 1));
    return new ReportChart("chart-membership-" + index, ReportChart.Section.PODS, title,
        "When each pod was in the service's endpoints (replication 0) for variant "
            + v.name() + "; gaps are time out of the service." + shown.caption(),
        ReportChart.WIDTH_PX, height, chart);
  }
}
