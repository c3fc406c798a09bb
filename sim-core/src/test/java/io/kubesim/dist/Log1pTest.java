package io.kubesim.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link Log1p} must give exactly {@link StrictMath#log1p}'s bits, or results would change. */
class Log1pTest {

  private static void assertSame(double x) {
    long expected = Double.doubleToRawLongBits(StrictMath.log1p(x));
    long actual = Double.doubleToRawLongBits(Log1p.log1p(x));
    if (expected != actual) {
      assertEquals(StrictMath.log1p(x), Log1p.log1p(x), "log1p(" + x + ") bits differ");
      assertEquals(expected, actual, "log1p(" + x + ") bits differ");
    }
  }

  @Test
  void everyUniformTheSimulatorDraws() {
    // the simulator calls log1p(-u) for u in [0, 1): uniformly spread arguments in (-1, 0]
    var random = new SplittableRandom(1);
    for (int i = 0; i < 20_000_000; i++) {
      assertSame(-random.nextDouble());
    }
  }

  @Test
  void everyBranchAndBoundary() {
    var random = new SplittableRandom(2);
    for (int i = 0; i < 2_000_000; i++) {
      // arbitrary bit patterns: every exponent, both signs, NaNs and infinities
      assertSame(Double.longBitsToDouble(random.nextLong()));
      // near the branch points of the reduction: -0.2929, 0.41422, 2^-29, 2^-54, 2^53
      for (double edge : new double[] {-0.2928932188134524, 0.41421356237309503, 0x1p-29,
          -0x1p-29, 0x1p-54, -0x1p-54, 0x1p53, -1.0, 0.0}) {
        assertSame(edge * (1 + (random.nextDouble() - 0.5) * 0x1p-18));
        assertSame(Math.nextUp(edge));
        assertSame(Math.nextDown(edge));
      }
    }
    // where 1 + x crosses sqrt(2)·2^k (the reduction's choice of u or u / 2) and 2^k
    for (int k = -1; k >= -40; k--) {
      for (double edge : new double[] {Math.sqrt(2) * Math.scalb(1.0, k) - 1,
          Math.scalb(1.0, k) - 1}) {
        double x = edge;
        for (int i = 0; i < 64; i++) {
          assertSame(x);
          x = Math.nextUp(x);
        }
        x = edge;
        for (int i = 0; i < 64; i++) {
          assertSame(x);
          x = Math.nextDown(x);
        }
        for (int i = 0; i < 10_000; i++) {
          assertSame(edge * (1 + (random.nextDouble() - 0.5) * 0x1p-30));
        }
      }
    }
    for (double special : new double[] {0.0, -0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE,
        -Math.nextUp(-1.0), Math.nextUp(-1.0)}) {
      assertSame(special);
    }
  }
}
