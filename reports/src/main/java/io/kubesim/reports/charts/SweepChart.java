package io.kubesim.reports.charts;

import io.kubesim.experiment.Estimate;
import io.kubesim.experiment.ExperimentResult;
import io.kubesim.experiment.ExperimentResult.VariantResult;
import io.kubesim.reports.format.KpiInfo;
import io.kubesim.reports.format.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * One KPI against the swept parameter, with 95 % CI bars. A variant's x is its value of the swept
 * parameter (from {@code parameters}); when every value is a number the axis is numeric, otherwise
 * the values are evenly spaced categories in variant order. Variants are grouped into series by
 * their other parameters, so a sweep crossed with a policy gives one line per policy. Variants
 * without the parameter (e.g. a baseline) are drawn as labelled horizontal reference lines.
 */
public final class SweepChart {

  private SweepChart() {}

  /** The dataset for {@code kpiKey}: y in display units (percent, ms), x the parameter value. */
  public static YIntervalSeriesCollection dataset(ExperimentResult r, String kpiKey) {
    String param = r.sweepParameter().orElseThrow();
    List<String> values = values(r, param);
    boolean numeric = values.stream().allMatch(SweepChart::isNumber);
    String unit = KpiInfo.of(kpiKey).unit();
    Map<String, YIntervalSeries> series = new java.util.LinkedHashMap<>();
    for (VariantResult v : r.variants()) {
      String value = v.parameters().get(param);
      Estimate e = v.kpis().get(kpiKey);
      if (value == null || e == null || !Double.isFinite(e.mean())) {
        continue;
      }
      String group = group(v, param);
      double x = numeric ? Double.parseDouble(value.trim()) : values.indexOf(value);
      double mean = Numbers.toDisplay(e.mean(), unit);
      double low = Double.isFinite(e.ciLow()) ? Numbers.toDisplay(e.ciLow(), unit) : mean;
      double high = Double.isFinite(e.ciHigh()) ? Numbers.toDisplay(e.ciHigh(), unit) : mean;
      series.computeIfAbsent(group, YIntervalSeries::new).add(x, mean, low, high);
    }
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    series.values().forEach(data::addSeries);
    return data;
  }

  /** Whether the KPI has at least one value to plot. */
  public static boolean hasData(ExperimentResult r, String kpiKey) {
    YIntervalSeriesCollection data = dataset(r, kpiKey);
    for (int i = 0; i < data.getSeriesCount(); i++) {
      if (data.getItemCount(i) > 0) {
        return true;
      }
    }
    return false;
  }

  /** The chart of {@code kpiKey}; {@code index} makes its id unique. */
  public static ReportChart create(ExperimentResult r, String kpiKey, int index) {
    String param = r.sweepParameter().orElseThrow();
    List<String> values = values(r, param);
    boolean numeric = values.stream().allMatch(SweepChart::isNumber);
    ValueAxis x = numeric
        ? new NumberAxis(param)
        : new SymbolAxis(param, values.toArray(new String[0]));
    if (numeric) {
      ((NumberAxis) x).setAutoRangeIncludesZero(false);
    }
    KpiInfo kpi = KpiInfo.of(kpiKey);
    NumberAxis y = new NumberAxis(kpi.labelWithUnit());
    y.setAutoRangeIncludesZero(false);
    XYErrorRenderer renderer = new XYErrorRenderer();
    renderer.setDrawXError(false);
    renderer.setDefaultLinesVisible(true);
    YIntervalSeriesCollection data = dataset(r, kpiKey);
    for (int i = 0; i < data.getSeriesCount(); i++) {
      renderer.setSeriesPaint(i, Palette.series(i));
      renderer.setSeriesStroke(i, Palette.stroke(i, 2f));
    }
    XYPlot plot = new XYPlot(data, x, y, renderer);
    org.jfree.data.Range dataRange = plot.getDataRange(y);
    if (dataRange != null && dataRange.getLength() < 1e-9 && dataRange.getLowerBound() >= 0) {
      // Every KPI is non-negative: one that is the same at every value (often 0) gets [0, 2v]
      // or [0, 1] instead of JFreeChart's ±5e-9 around it.
      y.setRange(0, Math.max(1, 2 * dataRange.getUpperBound()));
    }
    addReferenceLines(r, plot, kpiKey, param, kpi.unit());
    String best = markBest(r, plot, kpiKey, param, values, numeric, kpi);
    String title = kpi.label() + " vs " + param;
    return new ReportChart("chart-sweep-" + index, ReportChart.Section.SWEEP, title,
        kpi.label() + " (mean with 95 % CI) for each value of " + param + "." + best,
        ReportChart.WIDTH_PX, 380, ChartStyle.apply(new JFreeChart(title, plot)));
  }

  private static void addReferenceLines(ExperimentResult r, XYPlot plot, String kpiKey,
      String param, String unit) {
    org.jfree.data.Range range = plot.getRangeAxis().getRange();
    boolean added = false;
    for (VariantResult v : r.variants()) {
      Estimate e = v.kpis().get(kpiKey);
      if (v.parameters().containsKey(param) || e == null || !Double.isFinite(e.mean())) {
        continue;
      }
      ValueMarker line = new ValueMarker(Numbers.toDisplay(e.mean(), unit));
      line.setPaint(java.awt.Color.DARK_GRAY);
      line.setStroke(Palette.stroke(2, 1.5f));
      line.setLabel(v.name());
      line.setLabelFont(ChartStyle.TICK);
      line.setLabelBackgroundColor(new java.awt.Color(255, 255, 255, 0));
      line.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
      line.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
      plot.addRangeMarker(line);
      range = org.jfree.data.Range.expandToInclude(range, line.getValue());
      added = true;
    }
    if (added) {
      // Markers do not widen the automatic range: widen it so every reference line shows.
      plot.getRangeAxis().setRange(org.jfree.data.Range.expand(range, 0.08, 0.08));
    }
  }

  /**
   * Marks the best point (★) and circles the best region (points whose CI overlaps the best's)
   * when the KPI has a better direction; returns the sentence describing it, or "".
   */
  private static String markBest(ExperimentResult r, XYPlot plot, String kpiKey, String param,
      List<String> values, boolean numeric, KpiInfo kpi) {
    if (kpi.higherIsBetter().isEmpty()) {
      return "";
    }
    List<Estimate> estimates = new ArrayList<>();
    List<double[]> xy = new ArrayList<>();
    List<VariantResult> variants = new ArrayList<>();
    for (VariantResult v : r.variants()) {
      String value = v.parameters().get(param);
      Estimate e = v.kpis().get(kpiKey);
      if (value == null || e == null || !Double.isFinite(e.mean())) {
        continue;
      }
      estimates.add(e);
      variants.add(v);
      xy.add(new double[] {numeric ? Double.parseDouble(value.trim()) : values.indexOf(value),
          Numbers.toDisplay(e.mean(), kpi.unit())});
    }
    int best = BestRegion.best(estimates, kpi.higherIsBetter().get());
    if (best < 0) {
      return "";
    }
    org.jfree.chart.axis.ValueAxis xAxis = plot.getDomainAxis();
    org.jfree.chart.axis.ValueAxis yAxis = plot.getRangeAxis();
    double rx = Math.max(1e-9, xAxis.getRange().getLength()) * 0.012;
    double ry = Math.max(1e-9, yAxis.getRange().getLength()) * 0.03;
    for (int i : BestRegion.region(estimates, best)) {
      double[] p = xy.get(i);
      plot.addAnnotation(new org.jfree.chart.annotations.XYShapeAnnotation(
          new java.awt.geom.Ellipse2D.Double(p[0] - rx, p[1] - ry, 2 * rx, 2 * ry),
          new java.awt.BasicStroke(1.5f), java.awt.Color.BLACK));
    }
    double[] b = xy.get(best);
    org.jfree.chart.annotations.XYTextAnnotation star =
        new org.jfree.chart.annotations.XYTextAnnotation("  ★ best", b[0] + rx, b[1]);
    // Beside the point, not above it: above the highest point it would leave the plot.
    star.setTextAnchor(org.jfree.chart.ui.TextAnchor.CENTER_LEFT);
    star.setFont(ChartStyle.LABEL);
    plot.addAnnotation(star);
    return " ★ marks the best point (" + variants.get(best).name() + "); circled points have a "
        + "95 % CI overlapping it.";
  }

  /** The distinct parameter values in variant order. */
  static List<String> values(ExperimentResult r, String param) {
    List<String> values = new ArrayList<>();
    for (VariantResult v : r.variants()) {
      String value = v.parameters().get(param);
      if (value != null && !values.contains(value)) {
        values.add(value);
      }
    }
    return values;
  }

  private static String group(VariantResult v, String param) {
    Map<String, String> others = new TreeMap<>(v.parameters());
    others.remove(param);
    if (others.isEmpty()) {
      return param;
    }
    // A swept path is long (spec.variants[x].patch…): its last key names it in the legend.
    return others.entrySet().stream()
        .map(e -> e.getKey().substring(e.getKey().lastIndexOf('.') + 1) + "=" + e.getValue())
        .collect(Collectors.joining(", "));
  }

  private static boolean isNumber(String s) {
    try {
      return Double.isFinite(Double.parseDouble(s.trim()));
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
