package io.kubesim.reports.charts;

import io.kubesim.experiment.ExperimentResult.FaultWindow;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/** The look shared by every chart: fonts, white background, light grid, shaded fault windows. */
final class ChartStyle {

  static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
  static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
  static final Color GRID = new Color(0xDDDDDD);

  private ChartStyle() {}

  /** Applies the shared look to a finished chart. */
  static JFreeChart apply(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.getTitle().setFont(TITLE);
    chart.setPadding(new RectangleInsets(6, 6, 6, 12));
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setItemFont(LABEL);
      legend.setPosition(RectangleEdge.BOTTOM);
      legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
    }
    Plot plot = chart.getPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlinePaint(Color.GRAY);
    if (plot instanceof XYPlot) {
      XYPlot xy = (XYPlot) plot;
      xy.setDomainGridlinePaint(GRID);
      xy.setRangeGridlinePaint(GRID);
      styleAxis(xy.getDomainAxis());
      styleAxis(xy.getRangeAxis());
    } else if (plot instanceof org.jfree.chart.plot.CategoryPlot) {
      org.jfree.chart.plot.CategoryPlot cat = (org.jfree.chart.plot.CategoryPlot) plot;
      cat.setRangeGridlinePaint(GRID);
      cat.getDomainAxis().setLabelFont(LABEL);
      cat.getDomainAxis().setTickLabelFont(TICK);
      styleAxis(cat.getRangeAxis());
    }
    return chart;
  }

  private static void styleAxis(ValueAxis axis) {
    axis.setLabelFont(LABEL);
    axis.setTickLabelFont(TICK);
  }

  /** A time axis from 0 to the run's duration, labelled in seconds. */
  static NumberAxis timeAxis(double durationSeconds) {
    NumberAxis axis = new NumberAxis("Simulated time (s)");
    if (durationSeconds > 0 && Double.isFinite(durationSeconds)) {
      axis.setRange(0, durationSeconds);
    }
    return axis;
  }

  /** Formats an axis holding fractions as percentages. */
  static void percentAxis(NumberAxis axis) {
    NumberFormat percent = NumberFormat.getPercentInstance(Locale.ROOT);
    percent.setMaximumFractionDigits(1);
    axis.setNumberFormatOverride(percent);
  }

  /** Shades each fault window on an XY plot's time axis, labelled with the fault's name. */
  static void shadeFaults(XYPlot plot, List<FaultWindow> faults) {
    for (FaultWindow f : faults) {
      IntervalMarker marker = new IntervalMarker(f.startSeconds(), f.endSeconds());
      // Opaque pale fill instead of alpha: marker alpha would fade the label too.
      marker.setPaint(Palette.FAULT_FILL);
      marker.setAlpha(1f);
      marker.setOutlinePaint(Palette.FAULT_SHADE);
      marker.setOutlineStroke(new BasicStroke(0.5f));
      marker.setLabel(f.name());
      marker.setLabelFont(TICK);
      marker.setLabelPaint(Color.DARK_GRAY);
      marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
      marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
      marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
      marker.setLabelOffset(new RectangleInsets(4, 4, 4, 4));
      plot.addDomainMarker(marker, Layer.BACKGROUND);
    }
  }
}
