package io.kubesim.reports.charts;

import io.kubesim.metrics.FailureCause;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.util.List;

/**
 * The Okabe–Ito colour-blind-safe palette (Okabe &amp; Ito, "Color Universal Design", 2008), with
 * a dash pattern per series so lines stay distinguishable in grey print.
 */
public final class Palette {

  /** Okabe–Ito blue, vermillion, bluish green, orange, reddish purple, sky blue, yellow, black. */
  private static final List<Color> SERIES = List.of(
      new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xE69F00),
      new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xF0E442), new Color(0x000000));

  private static final float[][] DASHES = {
      null, {8f, 4f}, {2f, 3f}, {10f, 3f, 2f, 3f}, {4f, 4f}, {12f, 6f}, {1f, 2f}, {6f, 2f, 2f, 2f}};

  /** Outline of fault windows (Okabe–Ito vermillion). */
  public static final Color FAULT_SHADE = new Color(0xD55E00);

  /** Fill of fault windows: vermillion at about 15 % on white, opaque. */
  public static final Color FAULT_FILL = new Color(0xF9E7DA);

  private Palette() {}

  /** The colour of the {@code i}-th series (variant), cycling after eight. */
  public static Color series(int i) {
    return SERIES.get(Math.floorMod(i, SERIES.size()));
  }

  /** The line of the {@code i}-th series: solid for the first, dashed patterns after. */
  public static Stroke stroke(int i, float width) {
    float[] dash = DASHES[Math.floorMod(i, DASHES.length)];
    return dash == null
        ? new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
        : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
  }

  /** A fixed colour per failure cause, so a cause has the same colour in every chart. */
  public static Color cause(String causeKey) {
    FailureCause[] causes = FailureCause.values();
    for (int i = 0; i < causes.length; i++) {
      if (causes[i].key().equals(causeKey)) {
        return SERIES.get((i + 1) % SERIES.size());
      }
    }
    return Color.GRAY;
  }
}
