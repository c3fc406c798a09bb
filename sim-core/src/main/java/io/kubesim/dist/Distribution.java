package io.kubesim.dist;

import umontreal.ssj.probdist.NormalDist;
import umontreal.ssj.rng.RandomStream;

/**
 * A non-negative random duration (seconds) or quantity, sampled by inversion from one uniform.
 *
 * <p>Every variate uses exactly one uniform from the stream, so that two variants of a scenario
 * drawing from the same substream stay synchronised (common random numbers).
 */
public sealed interface Distribution
    permits Distribution.Constant, Distribution.Exponential, Distribution.LogNormal,
        Distribution.Uniform {

  /** The value at cumulative probability {@code u} in [0, 1) (inverse of the CDF). */
  double quantile(double u);

  /**
   * The value at {@code u}, given also {@code unitExponential} = {@code −log1p(−u)}, the unit
   * exponential's quantile at the same {@code u} (as a {@link DrawAhead} of {@link #UNIT_EXPONENTIAL}
   * computes it ahead): exactly {@link #quantile(double)}, for less work where this distribution is
   * a scale of it.
   */
  default double quantile(double u, double unitExponential) {
    return quantile(u);
  }

  /**
   * {@code out[i] = quantile(u[i])} for {@code i < n}: the same values, in one loop. The
   * distributions of the request path's streams override it with the same loop, in which the call
   * to their own {@link #quantile(double)} can be inlined (in this shared default it is a call on
   * whichever distribution comes).
   */
  default void quantiles(double[] u, double[] out, int n) {
    for (int i = 0; i < n; i++) {
      out[i] = quantile(u[i]);
    }
  }

  /** The exponential with mean 1. */
  Distribution UNIT_EXPONENTIAL = new Exponential(1);

  /** Draws one value using exactly one uniform from {@code stream}. */
  default double sample(RandomStream stream) {
    return quantile(stream.nextDouble());
  }

  /** The mean of the distribution. */
  double mean();

  /** Returns a distribution whose values are this one's multiplied by {@code factor}. */
  Distribution scaled(double factor);

  /** Always {@code value}; still consumes one uniform to keep streams aligned across variants. */
  record Constant(double value) implements Distribution {
    public Constant {
      requireFiniteNonNegative("constant", value);
    }

    @Override
    public double quantile(double u) {
      return value;
    }

    @Override
    public double mean() {
      return value;
    }

    @Override
    public Distribution scaled(double factor) {
      return new Constant(value * factor);
    }
  }

  /** Exponential with the given mean. */
  record Exponential(double mean) implements Distribution {
    public Exponential {
      requirePositive("exponential mean", mean);
    }

    @Override
    public double quantile(double u) {
      return -mean * Log1p.log1p(-u);
    }

    /** {@code mean × e} equals {@code −mean × log1p(−u)} exactly: IEEE products are sign-symmetric. */
    @Override
    public double quantile(double u, double unitExponential) {
      return mean * unitExponential;
    }

    @Override
    public void quantiles(double[] u, double[] out, int n) {
      for (int i = 0; i < n; i++) {
        out[i] = quantile(u[i]);
      }
    }

    @Override
    public Distribution scaled(double factor) {
      return new Exponential(mean * factor);
    }
  }

  /**
   * Log-normal given by its median and 99th percentile, the way latency is usually described.
   * {@code sigma = ln(p99 / median) / z(0.99)}.
   */
  final class LogNormal implements Distribution {
    private static final double Z99 = 2.3263478740408408;

    private final double median;
    private final double p99;
    /** {@link #sigma()}, computed once: sampling is on the request path. */
    private final double sigma;

    /** The log-normal with this median and 99th percentile ({@code p99 > median > 0}). */
    public LogNormal(double median, double p99) {
      requirePositive("lognormal median", median);
      if (!(p99 > median)) {
        throw new IllegalArgumentException(
            "lognormal p99 must exceed the median, got median " + median + ", p99 " + p99);
      }
      this.median = median;
      this.p99 = p99;
      this.sigma = Math.log(p99 / median) / Z99;
    }

    /** The median. */
    public double median() {
      return median;
    }

    /** The 99th percentile. */
    public double p99() {
      return p99;
    }

    /** Log-scale standard deviation. */
    public double sigma() {
      return sigma;
    }

    @Override
    public double quantile(double u) {
      return median * Math.exp(sigma * NormalDist.inverseF01(u));
    }

    @Override
    public void quantiles(double[] u, double[] out, int n) {
      for (int i = 0; i < n; i++) {
        out[i] = quantile(u[i]);
      }
    }

    @Override
    public double mean() {
      return median * Math.exp(sigma * sigma / 2);
    }

    @Override
    public Distribution scaled(double factor) {
      return new LogNormal(median * factor, p99 * factor);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof LogNormal other
          && Double.compare(median, other.median) == 0
          && Double.compare(p99, other.p99) == 0;
    }

    @Override
    public int hashCode() {
      return 31 * Double.hashCode(median) + Double.hashCode(p99);
    }

    @Override
    public String toString() {
      return "LogNormal[median=" + median + ", p99=" + p99 + "]";
    }
  }

  /** Uniform on {@code [min, max]}. */
  record Uniform(double min, double max) implements Distribution {
    public Uniform {
      requireFiniteNonNegative("uniform min", min);
      if (!(max >= min) || Double.isInfinite(max)) {
        throw new IllegalArgumentException("uniform max must be >= min, got " + min + ".." + max);
      }
    }

    @Override
    public double quantile(double u) {
      return min + (max - min) * u;
    }

    @Override
    public double mean() {
      return (min + max) / 2;
    }

    @Override
    public Distribution scaled(double factor) {
      return new Uniform(min * factor, max * factor);
    }
  }

  private static void requireFiniteNonNegative(String what, double v) {
    if (!(v >= 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(what + " must be a finite value >= 0, got " + v);
    }
  }

  private static void requirePositive(String what, double v) {
    if (!(v > 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(what + " must be a finite value > 0, got " + v);
    }
  }
}
