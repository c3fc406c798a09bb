package io.kubesim.reports.charts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import org.jfree.chart.ChartUtils;

/**
 * Renders charts as PNG at twice their page size (sharp on high-density screens and in print),
 * and as {@code data:} URIs so the report needs no other file.
 */
public final class ChartPng {

  /** Pixels in the PNG per CSS pixel on the page. */
  public static final int SCALE = 2;

  private ChartPng() {}

  /** The PNG bytes of a chart, {@code SCALE ×} its page size. */
  public static byte[] png(ReportChart c) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      ChartUtils.writeScaledChartAsPNG(out, c.chart(), c.widthPx(), c.heightPx(), SCALE, SCALE);
    } catch (IOException e) {
      throw new UncheckedIOException("rendering chart '" + c.id() + "' as PNG failed", e);
    }
    return out.toByteArray();
  }

  /** The chart as a {@code data:image/png;base64,…} URI. */
  public static String dataUri(ReportChart c) {
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(c));
  }
}
