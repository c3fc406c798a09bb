package io.kubesim.experiment;

/**
 * A mean over replications with its 95 % Student-t confidence interval. When no replication
 * produced a value (e.g. a during-fault rate without faults), {@code n} is 0 and the numbers are
 * NaN.
 *
 * @param mean sample mean
 * @param ciLow lower end of the 95 % confidence interval
 * @param ciHigh upper end of the 95 % confidence interval
 * @param stdDev sample standard deviation
 * @param n replications that produced a value
 */
public record Estimate(double mean, double ciLow, double ciHigh, double stdDev, int n) {

  /** Half the width of the confidence interval. */
  public double halfWidth() {
    return (ciHigh - ciLow) / 2;
  }

  /** True when the interval lies entirely above or below zero. */
  public boolean excludesZero() {
    return n > 1 && (ciLow > 0 || ciHigh < 0);
  }

  /** The estimate with no data. */
  public static Estimate empty() {
    return new Estimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
  }
}
