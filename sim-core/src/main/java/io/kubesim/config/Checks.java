package io.kubesim.config;

import java.util.List;

/**
 * Argument checks used by the compact constructors of configuration records. Each failure is an
 * {@link IllegalArgumentException} whose message names the field and the value it got.
 */
public final class Checks {
  private Checks() {}

  /** Requires {@code v >= 0} and finite. */
  public static double nonNegative(String field, double v) {
    if (!(v >= 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(field + " must be a finite value >= 0, got " + v);
    }
    return v;
  }

  /** Requires {@code v > 0} and finite. */
  public static double positive(String field, double v) {
    if (!(v > 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(field + " must be a finite value > 0, got " + v);
    }
    return v;
  }

  /** The shortest period of a periodic timer: 1 ms, as the shortest probe period. */
  public static final double MIN_PERIOD_SECONDS = 0.001;

  /**
   * Requires a finite period of at least {@link #MIN_PERIOD_SECONDS}: a timer that fires more
   * often adds millions of events per simulated second and makes a run crawl.
   */
  public static double period(String field, double v) {
    if (!(v >= MIN_PERIOD_SECONDS) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(
          field + " must be a finite period of at least 1ms, got " + v + " s");
    }
    return v;
  }

  /** Requires {@code v > 0}, allowing positive infinity ("forever"). */
  public static double positiveOrInfinite(String field, double v) {
    if (!(v > 0)) {
      throw new IllegalArgumentException(field + " must be > 0, got " + v);
    }
    return v;
  }

  /** Requires {@code lo <= v <= hi}. */
  public static int inRange(String field, int v, int lo, int hi) {
    if (v < lo || v > hi) {
      throw new IllegalArgumentException(
          field + " must be between " + lo + " and " + hi + ", got " + v);
    }
    return v;
  }

  /** Requires {@code lo <= v <= hi}. */
  public static double inRange(String field, double v, double lo, double hi) {
    if (!(v >= lo && v <= hi)) {
      throw new IllegalArgumentException(
          field + " must be between " + lo + " and " + hi + ", got " + v);
    }
    return v;
  }

  /** Requires a non-blank string. */
  public static String name(String field, String v) {
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException(field + " must be a non-empty name");
    }
    return v;
  }

  /** Returns an immutable copy, rejecting null elements. */
  public static <T> List<T> list(String field, List<T> v) {
    if (v == null) {
      throw new IllegalArgumentException(field + " must be a list");
    }
    return List.copyOf(v);
  }
}
