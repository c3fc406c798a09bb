package io.kubesim.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesim.engine.Mrg32k3aStream;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import umontreal.ssj.rng.MRG32k3a;

/**
 * A stream read ahead gives the numbers of the stream itself, and each variate bit for bit what
 * the distribution gives for that uniform, however its consumers interleave uniforms and
 * variates, across blocks and stream resets.
 */
class DrawAheadTest {
  private static long bits(double x) {
    return Double.doubleToRawLongBits(x);
  }

  @Test
  void uniformsAndVariates_areTheStreamsOwn_inAnyInterleaving() {
    List<Distribution> distributions = List.of(
        Distribution.UNIT_EXPONENTIAL,
        new Distribution.Exponential(0.02),
        new Distribution.LogNormal(0.00025, 0.002),
        new Distribution.Uniform(1, 3),
        new Distribution.Constant(0.5));
    for (Distribution d : distributions) {
      MRG32k3a seed = new MRG32k3a();
      Mrg32k3aStream plain = new Mrg32k3aStream(seed.clone());
      DrawAhead ahead = new DrawAhead(new Mrg32k3aStream(seed.clone()), d);
      Random consumer = new Random(3);
      for (int i = 0; i < 20 * DrawAhead.BLOCK + 7; i++) {
        switch (consumer.nextInt(3)) {
          case 0 -> assertEquals(bits(d.quantile(plain.nextDouble())), bits(ahead.nextVariate()),
              d + ", draw " + i);
          case 1 -> assertEquals(bits(plain.nextDouble()), bits(ahead.nextDouble()),
              d + ", draw " + i);
          default -> {
            double u = plain.nextDouble();
            assertEquals(bits(u), bits(ahead.nextDouble()), d + ", draw " + i);
            assertEquals(bits(d.quantile(u)), bits(ahead.lastVariate()), d + ", draw " + i);
          }
        }
        if (i % 301 == 300) {
          plain.resetNextSubstream();
          ahead.resetNextSubstream();
        }
      }
    }
  }

  @Test
  void peeking_seesTheNextDraws_andChangesNone() {
    MRG32k3a seed = new MRG32k3a();
    Mrg32k3aStream plain = new Mrg32k3aStream(seed.clone());
    DrawAhead ahead = new DrawAhead(new Mrg32k3aStream(seed.clone()), null);
    Random consumer = new Random(5);
    for (int draw = 0; draw < 20 * DrawAhead.BLOCK; ) {
      int visible = ahead.readAhead();
      assertTrue(visible >= 1 && visible <= DrawAhead.BLOCK, "visible " + visible);
      int k = consumer.nextInt(visible);
      double[] peeked = new double[k + 1];
      for (int i = 0; i <= k; i++) {
        peeked[i] = ahead.peek(i);
      }
      for (int i = 0; i <= k; i++, draw++) {
        double u = plain.nextDouble();
        assertEquals(bits(u), bits(peeked[i]), "peek " + i + " before draw " + draw);
        assertEquals(bits(u), bits(ahead.nextDouble()), "draw " + draw);
      }
    }
  }

  @Test
  void exponential_fromTheUnitExponential_isExactlyItsOwnQuantile() {
    Random r = new Random(11);
    for (double mean : new double[] {1, 0.02, 3.7, 1e-4, 123.456}) {
      Distribution.Exponential d = new Distribution.Exponential(mean);
      for (int i = 0; i < 200_000; i++) {
        double u = r.nextDouble();
        double e = Distribution.UNIT_EXPONENTIAL.quantile(u);
        assertEquals(bits(d.quantile(u)), bits(d.quantile(u, e)), mean + " at " + u);
      }
    }
  }

  @Test
  void blockQuantiles_areTheQuantilesOneByOne() {
    Random r = new Random(5);
    double[] u = new double[100];
    double[] out = new double[100];
    for (int i = 0; i < u.length; i++) {
      u[i] = i == 0 ? 0 : r.nextDouble();
    }
    for (Distribution d : List.of(new Distribution.Exponential(0.02),
        new Distribution.LogNormal(0.00025, 0.002), new Distribution.Uniform(0, 1))) {
      d.quantiles(u, out, u.length);
      for (int i = 0; i < u.length; i++) {
        assertEquals(bits(d.quantile(u[i])), bits(out[i]), d + " at " + u[i]);
      }
    }
  }
}
