package io.kubesim.dist;

/**
 * {@code log(1 + x)}, computed in Java by the algorithm of fdlibm's {@code s_log1p.c}, so that
 * every result is bit-for-bit the one of {@link StrictMath#log1p} (and of {@link Math#log1p},
 * which on Java 17 delegates to it). It exists for speed only: on Java 17 {@code StrictMath.log1p}
 * is a native call, and every exponential inter-arrival and service time draws one.
 * {@code Log1pTest} checks the identity over many millions of arguments.
 *
 * <p>The method: reduce {@code 1 + x} to {@code 2^k (1 + f)} with {@code sqrt(2)/2 < 1 + f <
 * sqrt(2)}, keeping a correction term for the rounding of {@code 1 + x}; then {@code log(1 + f)}
 * from {@code s = f / (2 + f)} and a minimax polynomial in {@code s^2}; {@code k ln 2} is added
 * in two parts. (fdlibm: Copyright (C) 1993 by Sun Microsystems, Inc. Developed at SunPro, a Sun
 * Microsystems, Inc. business. Permission to use, copy, modify, and distribute this software is
 * freely granted, provided that this notice is preserved.)
 */
public final class Log1p {
  private static final double LN2_HI = 6.93147180369123816490e-01;
  private static final double LN2_LO = 1.90821492927058770002e-10;
  private static final double TWO54 = 1.80143985094819840000e+16;
  private static final double LP1 = 6.666666666666735130e-01;
  private static final double LP2 = 3.999999999940941908e-01;
  private static final double LP3 = 2.857142874366239149e-01;
  private static final double LP4 = 2.222219843214978396e-01;
  private static final double LP5 = 1.818357216161805012e-01;
  private static final double LP6 = 1.531383769920937332e-01;
  private static final double LP7 = 1.479819860511658591e-01;

  private Log1p() {}

  /** {@code log(1 + x)}, identical to {@code StrictMath.log1p(x)} for every {@code x}. */
  public static double log1p(double x) {
    int hx = high(x);
    int ax = hx & 0x7fffffff;
    if (hx < 0 && ax >= 0x3e200000 && ax < 0x3ff00000) {
      double y = negative(x, hx);
      if (y == y) {
        return y;
      }
    }
    return general(x, hx, ax);
  }

  /**
   * {@code log1p(x)} for {@code −1 < x ≤ −2^−29}, the arguments of every exponential draw
   * ({@code x = −u}), or NaN in the rare case ({@code 1 + x} within {@code 2^−20} of a power of
   * two) that needs {@link #general}. fdlibm branches on which side of {@code −0.2929} the
   * argument lies and on which side of {@code sqrt(2)·2^k} the reduced {@code 1 + x} falls, and
   * for uniform arguments both go either way at random; here both reductions are computed and
   * the right one kept by masks, without a branch to mispredict. With {@code k = 0} and {@code
   * c = 0} the final formula of fdlibm's {@code k ≠ 0} case gives exactly its {@code k = 0}
   * result ({@code 0 − (y − f)} is {@code f − y}: IEEE subtraction is sign-symmetric), so one
   * formula serves both.
   */
  private static double negative(double x, int hx) {
    // the reduction of 1 + x = 2^k (1 + f), as fdlibm's for k != 0 (here k < 0: 1 + x < 1)
    double u = 1.0 + x;
    int hu = high(u);
    int k = (hu >> 20) - 1023;
    double c = (x - (u - 1.0)) / u; // correction term
    hu &= 0x000fffff;
    int above = (0x6a09d - hu) >> 31; // −1 when hu >= 0x6a09e: normalise u / 2 instead
    k -= above;
    u = withHigh(u, hu | (0x3ff00000 - (above & 0x00100000)));
    hu = (hu & ~above) | (((0x00100000 - hu) >> 2) & above);
    double reduced = u - 1.0;
    // x > −0.2929: fdlibm takes k = 0, f = x, c = 0 (and hu = 1)
    int near = ~((0xbfd2bec3 - hx) >> 31); // −1 when hx <= 0xbfd2bec3
    long nearBits = near;
    k &= ~near;
    double f = Double.longBitsToDouble((Double.doubleToRawLongBits(x) & nearBits)
        | (Double.doubleToRawLongBits(reduced) & ~nearBits));
    c = Double.longBitsToDouble(Double.doubleToRawLongBits(c) & ~nearBits);
    hu |= near & 1;
    if (hu == 0) { // |f| < 2**-20
      return Double.NaN;
    }
    double hfsq = 0.5 * f * f;
    double s = f / (2.0 + f);
    double z = s * s;
    double r = z * (LP1 + z * (LP2 + z * (LP3 + z * (LP4 + z * (LP5 + z * (LP6 + z * LP7))))));
    return k * LN2_HI - ((hfsq - (s * (hfsq + r) + (k * LN2_LO + c))) - f);
  }

  /** fdlibm's {@code log1p}, every branch. */
  private static double general(double x, int hx, int ax) {
    int k = 1;
    double f = 0;
    double c = 0;
    int hu = 0;
    if (hx < 0x3FDA827A) { // x < 0.41422
      if (ax >= 0x3ff00000) { // x <= -1.0
        return x == -1.0 ? Double.NEGATIVE_INFINITY : (x - x) / (x - x); // fdlibm's NaN
      }
      if (ax < 0x3e200000) { // |x| < 2**-29
        if (TWO54 + x > 0 && ax < 0x3c900000) { // |x| < 2**-54
          return x;
        }
        return x - x * x * 0.5;
      }
      if (hx > 0 || hx <= 0xbfd2bec3) { // -0.2929 < x < 0.41422
        k = 0;
        f = x;
        hu = 1;
      }
    }
    if (hx >= 0x7ff00000) {
      return x + x;
    }
    if (k != 0) {
      double u;
      if (hx < 0x43400000) {
        u = 1.0 + x;
        hu = high(u);
        k = (hu >> 20) - 1023;
        c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0); // correction term
        c /= u;
      } else {
        u = x;
        hu = high(u);
        k = (hu >> 20) - 1023;
        c = 0;
      }
      hu &= 0x000fffff;
      if (hu < 0x6a09e) {
        u = withHigh(u, hu | 0x3ff00000); // normalise u
      } else {
        k += 1;
        u = withHigh(u, hu | 0x3fe00000); // normalise u / 2
        hu = (0x00100000 - hu) >> 2;
      }
      f = u - 1.0;
    }
    double hfsq = 0.5 * f * f;
    if (hu == 0) { // |f| < 2**-20
      if (f == 0) {
        if (k == 0) {
          return 0;
        }
        c += k * LN2_LO;
        return k * LN2_HI + c;
      }
      double r = hfsq * (1.0 - 0.66666666666666666 * f);
      return k == 0 ? f - r : k * LN2_HI - ((r - (k * LN2_LO + c)) - f);
    }
    double s = f / (2.0 + f);
    double z = s * s;
    double r = z * (LP1 + z * (LP2 + z * (LP3 + z * (LP4 + z * (LP5 + z * (LP6 + z * LP7))))));
    return k == 0
        ? f - (hfsq - s * (hfsq + r))
        : k * LN2_HI - ((hfsq - (s * (hfsq + r) + (k * LN2_LO + c))) - f);
  }

  private static int high(double x) {
    return (int) (Double.doubleToRawLongBits(x) >>> 32);
  }

  private static double withHigh(double x, int high) {
    long low = Double.doubleToRawLongBits(x) & 0xffffffffL;
    return Double.longBitsToDouble(((long) high << 32) | low);
  }
}
