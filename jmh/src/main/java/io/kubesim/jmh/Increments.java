package io.kubesim.jmh;

import umontreal.ssj.probdist.ExponentialDist;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.rng.RandomStream;

/**
 * Distributions of the hold model's time increments, both with mean 1.
 *
 * <p>Increments come from a pre-generated table filled from one seeded {@link MRG32k3a}
 * stream, so every event list sees exactly the same inputs and sampling cost is not part of
 * the measurement.
 */
public enum Increments {
  /** Exponential with mean 1. */
  EXPONENTIAL {
    @Override
    double sample(RandomStream stream) {
      return ExponentialDist.inverseF(1.0, stream.nextDouble());
    }
  },
  /**
   * Bimodal, as in the classic event-set studies: with probability 0.9 uniform on
   * [0, 0.2), otherwise uniform on [0, 18.2); mean 0.9 x 0.1 + 0.1 x 9.1 = 1.
   */
  BIMODAL {
    @Override
    double sample(RandomStream stream) {
      return stream.nextDouble() < 0.9 ? 0.2 * stream.nextDouble() : 18.2 * stream.nextDouble();
    }
  };

  /** Length of every increment table (a power of two, so indices wrap with a mask). */
  public static final int TABLE_LENGTH = 1 << 20;
  private static final long[] SEED = {12345, 12345, 12345, 12345, 12345, 12345};

  abstract double sample(RandomStream stream);

  /** Returns {@link #TABLE_LENGTH} increments drawn from a stream with a fixed seed. */
  public double[] table() {
    MRG32k3a stream = new MRG32k3a();
    stream.setSeed(SEED);
    double[] table = new double[TABLE_LENGTH];
    for (int i = 0; i < table.length; i++) {
      table[i] = sample(stream);
    }
    return table;
  }
}
