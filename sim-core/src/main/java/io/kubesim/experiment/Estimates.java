package io.kubesim.experiment;

import org.apache.commons.math3.distribution.TDistribution;

/** Means with 95 % Student-t confidence intervals over replications. */
public final class Estimates {
  private static final double[] T975 = new double[64];

  static {
    for (int df = 1; df < T975.length; df++) {
      T975[df] = new TDistribution(df).inverseCumulativeProbability(0.975);
    }
  }

  private Estimates() {}

  /** The 97.5 % quantile of Student's t with {@code df} degrees of freedom. */
  public static double t975(int df) {
    return df < T975.length ? T975[df] : new TDistribution(df).inverseCumulativeProbability(0.975);
  }

  /** Mean and 95 % CI of the finite values in {@code xs} (NaN are skipped). */
  public static Estimate of(double[] xs) {
    int n = 0;
    double mean = 0;
    double m2 = 0;
    for (double x : xs) {
      if (Double.isNaN(x) || Double.isInfinite(x)) {
        continue;
      }
      n++;
      double d = x - mean;
      mean += d / n;
      m2 += d * (x - mean);
    }
    if (n == 0) {
      return Estimate.empty();
    }
    if (n == 1) {
      return new Estimate(mean, Double.NaN, Double.NaN, Double.NaN, 1);
    }
    double sd = Math.sqrt(m2 / (n - 1));
    double h = t975(n - 1) * sd / Math.sqrt(n);
    return new Estimate(mean, mean - h, mean + h, sd, n);
  }

  /** Paired differences {@code b[i] − a[i]} where both are finite. */
  public static Estimate pairedDifference(double[] a, double[] b) {
    double[] d = new double[Math.min(a.length, b.length)];
    for (int i = 0; i < d.length; i++) {
      d[i] = b[i] - a[i];
    }
    return of(d);
  }
}
