package io.kubesim.reports.format;

import io.kubesim.experiment.Estimate;
import java.util.Locale;

/**
 * Formats numbers with their units, locale-independently: fractions as percentages, seconds as
 * milliseconds, counts and ratios as plain numbers. NaN (no data) is an em dash.
 */
public final class Numbers {

  /** Shown where there is no value. */
  public static final String NONE = "—";

  private Numbers() {}

  /** The unit shown to readers for a results unit ({@code fraction} → {@code %}, {@code s} → {@code ms}). */
  public static String displayUnit(String unit) {
    switch (unit) {
      case "fraction":
        return "%";
      case "s":
        return "ms";
      default:
        return "";
    }
  }

  /** The value in display units ({@code 0.5} fraction → {@code 50}, {@code 0.5} s → {@code 500}). */
  public static double toDisplay(double value, String unit) {
    switch (unit) {
      case "fraction":
        return value * 100;
      case "s":
        return value * 1000;
      default:
        return value;
    }
  }

  /** A value with its unit, e.g. {@code 99.62 %}, {@code 12.3 ms}, {@code 4.00}. */
  public static String value(double value, String unit) {
    if (!Double.isFinite(value)) {
      return Double.isNaN(value) ? NONE : Double.toString(value);
    }
    String display = displayUnit(unit);
    String number = plain(toDisplay(value, unit), unit);
    return display.isEmpty() ? number : number + " " + display;
  }

  /** A difference with a sign and its unit: percentages become percentage points. */
  public static String difference(double value, String unit) {
    if (!Double.isFinite(value)) {
      return Double.isNaN(value) ? NONE : Double.toString(value);
    }
    String display = "fraction".equals(unit) ? "pp" : displayUnit(unit);
    String number = plain(toDisplay(value, unit), unit);
    String signed = value > 0 ? "+" + number : number;
    return display.isEmpty() ? signed : signed + " " + display;
  }

  /** The half-width of an estimate's interval in display units, e.g. {@code ± 0.41}. */
  public static String halfWidth(Estimate e, String unit) {
    if (e.n() < 2 || !Double.isFinite(e.halfWidth())) {
      return "";
    }
    return "± " + plain(toDisplay(e.halfWidth(), unit), unit);
  }

  /**
   * The interval in display units, e.g. {@code [83.10, 84.02]}; {@link #noInterval} when there
   * is a mean but no interval (one replication), empty when there is no value at all.
   */
  public static String interval(Estimate e, String unit) {
    if (e.n() == 0 || Double.isNaN(e.mean())) {
      return "";
    }
    if (e.n() < 2 || !Double.isFinite(e.ciLow()) || !Double.isFinite(e.ciHigh())) {
      return noInterval(e.n());
    }
    return "[" + plain(toDisplay(e.ciLow(), unit), unit) + ", "
        + plain(toDisplay(e.ciHigh(), unit), unit) + "]";
  }

  /**
   * Said in place of a confidence interval that cannot be computed, e.g.
   * {@code n/a (1 replication)}: an interval needs at least two replications.
   */
  public static String noInterval(long n) {
    return "n/a (" + n + (n == 1 ? " replication)" : " replications)");
  }

  /**
   * How many of the replications produced a value, e.g. {@code 20/20 replications}: said
   * wherever a mean is taken over only those (detection).
   */
  public static String ofReplications(long n, long of) {
    return n + "/" + of + " replications";
  }

  /** A number in display units without the unit, with decimals suited to the unit. */
  public static String plain(double displayValue, String unit) {
    if (Double.isNaN(displayValue)) {
      return NONE;
    }
    int decimals;
    switch (unit) {
      case "fraction":
        decimals = 2;
        break;
      case "s":
        decimals = Math.abs(displayValue) >= 100 ? 0 : 1;
        break;
      case "ratio":
        decimals = 3;
        break;
      default:
        decimals = Math.abs(displayValue) >= 1000 ? 0 : 2;
        break;
    }
    String text = String.format(Locale.ROOT, "%,." + decimals + "f", displayValue);
    // A tiny negative value rounds to "-0.00": show it as zero.
    return text.matches("-[0.,]+") ? text.substring(1) : text;
  }

  /** Seconds as a short duration, e.g. {@code 90 s}, {@code 1.5 s}. */
  public static String seconds(double seconds) {
    if (!Double.isFinite(seconds)) {
      return Double.isNaN(seconds) ? NONE : Double.toString(seconds);
    }
    if (seconds == Math.rint(seconds)) {
      return String.format(Locale.ROOT, "%,d s", (long) seconds);
    }
    return String.format(Locale.ROOT, "%,.3f s", seconds).replaceAll("0+ s$", " s");
  }
}
