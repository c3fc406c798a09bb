package io.kubesim.reports.charts;

import io.kubesim.experiment.Estimate;
import io.kubesim.experiment.ExperimentResult;
import io.kubesim.experiment.ExperimentResult.VariantResult;
import io.kubesim.metrics.Kpi;
import io.kubesim.reports.format.KpiInfo;
import io.kubesim.reports.format.Numbers;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * A KPI over the first two swept parameters: one cell per point, coloured by the KPI's mean from
 * worse (light) to better (dark). The best point is outlined solid and starred; the best region
 * (points whose 95 % CI overlaps the best's) is outlined dashed. A full grid draws as cells on
 * category axes; a Latin hypercube (whose points share no values) as squares on numeric axes.
 * Variants are grouped by everything else that sets them apart (declared variant, case, further
 * parameters): one heatmap per group.
 */
public final class SweepHeatmapChart {
  /** The KPIs drawn as heatmaps, when the results hold them. */
  static final List<String> KPIS = List.of(Kpi.SUCCESS_RATE.key(),
      Kpi.SUCCESS_RATE_DURING_FAULT.key(), Kpi.LATENCY_P99.key());

  /** At most this many groups get heatmaps (each KPI × group is one chart). */
  static final int MAX_GROUPS = 4;

  private static final Color WORSE = new Color(0xFFF5EB);
  private static final Color BETTER = new Color(0x08519C);

  private SweepHeatmapChart() {}

  /** One point of a heatmap: its two parameter values and the KPI's estimate. */
  private record Cell(String x, String y, Estimate estimate) {}

  /** The groups of {@code r}'s variants (by their other parameters), each with its cells. */
  static Map<String, List<VariantResult>> groups(ExperimentResult r) {
    List<String> params = r.sweepParameters();
    Map<String, List<VariantResult>> out = new LinkedHashMap<>();
    for (VariantResult v : r.variants()) {
      if (!v.parameters().containsKey(params.get(0))
          || !v.parameters().containsKey(params.get(1))) {
        continue;
      }
      Map<String, String> others = new TreeMap<>(v.parameters());
      others.remove(params.get(0));
      others.remove(params.get(1));
      String key = others.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
          .collect(Collectors.joining(", "));
      out.computeIfAbsent(key, k -> new ArrayList<>()).add(v);
    }
    return out;
  }

  /**
   * The heatmaps of {@code r}: for each of {@link #KPIS} that has data, one per group (at most
   * {@link #MAX_GROUPS}); none unless at least two parameters were swept.
   */
  public static List<ReportChart> all(ExperimentResult r) {
    int firstIndex = 0;
    List<ReportChart> out = new ArrayList<>();
    if (r.sweepParameters().size() < 2) {
      return out;
    }
    Map<String, List<VariantResult>> groups = groups(r);
    for (String kpi : KPIS) {
      KpiInfo info = KpiInfo.of(kpi);
      if (info.higherIsBetter().isEmpty()) {
        continue;
      }
      int g = 0;
      for (var group : groups.entrySet()) {
        if (g++ >= MAX_GROUPS) {
          break;
        }
        List<Cell> cells = cells(r, group.getValue(), kpi);
        if (cells.stream().anyMatch(c -> Double.isFinite(c.estimate().mean()))) {
          out.add(create(r, info, group.getKey(), cells, firstIndex + out.size()));
        }
      }
    }
    return out;
  }

  private static List<Cell> cells(ExperimentResult r, List<VariantResult> group, String kpi) {
    String px = r.sweepParameters().get(0);
    String py = r.sweepParameters().get(1);
    List<Cell> out = new ArrayList<>();
    for (VariantResult v : group) {
      Estimate e = v.kpis().get(kpi);
      out.add(new Cell(v.parameters().get(px), v.parameters().get(py),
          e == null ? Estimate.empty() : e));
    }
    return out;
  }

  private static ReportChart create(ExperimentResult r, KpiInfo kpi, String group,
      List<Cell> cells, int index) {
    String px = r.sweepParameters().get(0);
    String py = r.sweepParameters().get(1);
    List<String> xs = cells.stream().map(Cell::x).distinct().toList();
    List<String> ys = cells.stream().map(Cell::y).distinct().toList();
    boolean grid = xs.size() * ys.size() == cells.size();
    boolean numeric = cells.stream().allMatch(c -> isNumber(c.x()) && isNumber(c.y()));
    boolean categories = grid || !numeric;
    double[][] data = new double[3][cells.size()];
    List<Estimate> estimates = new ArrayList<>();
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < cells.size(); i++) {
      Cell c = cells.get(i);
      data[0][i] = categories ? xs.indexOf(c.x()) : Double.parseDouble(c.x());
      data[1][i] = categories ? ys.indexOf(c.y()) : Double.parseDouble(c.y());
      double z = Numbers.toDisplay(c.estimate().mean(), kpi.unit());
      data[2][i] = z;
      estimates.add(c.estimate());
      if (Double.isFinite(z)) {
        lo = Math.min(lo, z);
        hi = Math.max(hi, z);
      }
    }
    DefaultXYZDataset dataset = new DefaultXYZDataset();
    dataset.addSeries(kpi.key(), data);
    boolean higher = kpi.higherIsBetter().orElse(true);
    Scale scale = new Scale(lo, hi > lo ? hi : lo + 1, higher);
    XYBlockRenderer renderer = new XYBlockRenderer();
    renderer.setPaintScale(scale);
    double w = categories ? 1 : span(data[0]) / Math.max(4, Math.sqrt(cells.size()) * 1.5);
    double h = categories ? 1 : span(data[1]) / Math.max(4, Math.sqrt(cells.size()) * 1.5);
    renderer.setBlockWidth(w);
    renderer.setBlockHeight(h);
    String lx = shortName(px);
    String ly = shortName(py);
    ValueAxis x = categories ? new SymbolAxis(lx, xs.toArray(new String[0])) : new NumberAxis(lx);
    ValueAxis y = categories ? new SymbolAxis(ly, ys.toArray(new String[0])) : new NumberAxis(ly);
    if (!categories) {
      ((NumberAxis) x).setAutoRangeIncludesZero(false);
      ((NumberAxis) y).setAutoRangeIncludesZero(false);
    }
    XYPlot plot = new XYPlot(dataset, x, y, renderer);
    int best = BestRegion.best(estimates, higher);
    for (int i : BestRegion.region(estimates, best)) {
      Rectangle2D box = new Rectangle2D.Double(data[0][i] - w / 2, data[1][i] - h / 2, w, h);
      BasicStroke stroke = i == best ? new BasicStroke(3f) : new BasicStroke(1.5f,
          BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f);
      plot.addAnnotation(new XYShapeAnnotation(box, stroke, i == best ? Color.BLACK
          : Color.DARK_GRAY));
    }
    if (best >= 0) {
      XYTextAnnotation star = new XYTextAnnotation("★", data[0][best], data[1][best]);
      star.setFont(ChartStyle.TITLE);
      star.setPaint(higher == (data[2][best] > (lo + hi) / 2) ? Color.WHITE : Color.BLACK);
      plot.addAnnotation(star);
    }
    String title = kpi.label() + " over " + shortName(px) + " × " + shortName(py)
        + (group.isEmpty() ? "" : " — " + group);
    JFreeChart chart = ChartStyle.apply(new JFreeChart(title, plot));
    chart.removeLegend();
    NumberAxis scaleAxis = new NumberAxis(kpi.labelWithUnit());
    scaleAxis.setRange(scale.getLowerBound(), scale.getUpperBound());
    PaintScaleLegend legend = new PaintScaleLegend(scale, scaleAxis);
    legend.setPosition(RectangleEdge.RIGHT);
    legend.setMargin(4, 4, 40, 4);
    legend.setStripWidth(14);
    chart.addSubtitle(legend);
    String bestText = best < 0 ? "" : " The best point (" + px + " = " + cells.get(best).x()
        + ", " + py + " = " + cells.get(best).y() + ": " + Numbers.value(
        estimates.get(best).mean(), kpi.unit()) + ") is outlined solid and starred; points "
        + "whose 95 % CI overlaps it are outlined dashed.";
    return new ReportChart("chart-sweep-heatmap-" + index, ReportChart.Section.SWEEP, title,
        kpi.label() + " (mean) at each point of " + px + " × " + py
            + (group.isEmpty() ? "" : " for " + group) + ", darker is better." + bestText,
        ReportChart.WIDTH_PX, 460, chart);
  }

  private static double span(double[] values) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    return hi > lo ? hi - lo : 1;
  }

  private static String shortName(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }

  private static boolean isNumber(String s) {
    try {
      return s != null && Double.isFinite(Double.parseDouble(s.trim()));
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** Light (worse) to dark blue (better); NaN is grey. */
  private record Scale(double lower, double upper, boolean higherIsBetter)
      implements PaintScale, java.io.Serializable {
    @Override
    public double getLowerBound() {
      return lower;
    }

    @Override
    public double getUpperBound() {
      return upper;
    }

    @Override
    public Paint getPaint(double value) {
      if (!Double.isFinite(value)) {
        return Color.LIGHT_GRAY;
      }
      double t = Math.max(0, Math.min(1, (value - lower) / (upper - lower)));
      if (!higherIsBetter) {
        t = 1 - t;
      }
      return new Color(mix(WORSE.getRed(), BETTER.getRed(), t),
          mix(WORSE.getGreen(), BETTER.getGreen(), t), mix(WORSE.getBlue(), BETTER.getBlue(), t));
    }

    private static int mix(int a, int b, double t) {
      return (int) Math.round(a + (b - a) * t);
    }
  }
}
