package io.kubesim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import umontreal.ssj.rng.MRG32k3a;

/** The integer MRG32k3a draws SSJ's numbers bit for bit, across streams and substreams. */
class Mrg32k3aStreamTest {
  /** Compares {@code n} draws; a mismatch names the draw. */
  private static void assertSameDraws(MRG32k3a ssj, Mrg32k3aStream fast, int n) {
    for (int i = 0; i < n; i++) {
      long want = Double.doubleToRawLongBits(ssj.nextDouble());
      long got = Double.doubleToRawLongBits(fast.nextDouble());
      if (want != got) {
        assertEquals(Double.longBitsToDouble(want), Double.longBitsToDouble(got), "draw " + i);
      }
    }
  }

  /** A new SSJ stream at {@code seed}, without touching SSJ's shared package seed. */
  private static MRG32k3a seeded(long... seed) {
    MRG32k3a s = new MRG32k3a();
    s.setSeed(seed);
    return s;
  }

  @Test
  void drawsSsjsNumbers_fromOrdinaryAndExtremeSeeds() {
    long[] ordinary = {12345, 12345, 12345, 12345, 12345, 12345};
    assertSameDraws(seeded(ordinary), new Mrg32k3aStream(seeded(ordinary)), 5_000_000);

    // Seeds at the top of each modulus make the largest products and both reduction branches.
    long[] extreme = {4294967086L, 4294967086L, 4294967086L, 4294944442L, 4294944442L, 1};
    assertSameDraws(seeded(extreme), new Mrg32k3aStream(seeded(extreme)), 1_000_000);
  }

  @Test
  void substreamJumps_landWhereSsjsDo() {
    RandomStreams streams = new RandomStreams(2026);
    for (int replication : new int[] {0, 1, 7, 40}) {
      for (StreamPurpose purpose : StreamPurpose.values()) {
        Mrg32k3aStream fast =
            (Mrg32k3aStream) streams.forReplication(replication).stream(purpose);
        MRG32k3a ssj = ssjStream(2026, purpose, replication);
        assertSameDraws(ssj, fast, 20_000);
        fast.resetNextSubstream();
        ssj.resetNextSubstream();
        assertSameDraws(ssj, fast, 1_000);
        fast.resetStartSubstream();
        ssj.resetStartSubstream();
        assertSameDraws(ssj, fast, 1_000);
        fast.resetStartStream();
        ssj.resetStartStream();
        assertSameDraws(ssj, fast, 1_000);
      }
    }
  }

  /**
   * Arrays are drawn two steps at a time (component 2 through its squared recurrence): the same
   * numbers as SSJ's one by one, for every length and after each, from ordinary and extreme seeds.
   */
  @Test
  void arrays_drawSsjsNumbers_twoStepsAtATime() {
    long[][] seeds = {
      {12345, 12345, 12345, 12345, 12345, 12345},
      {4294967086L, 4294967086L, 4294967086L, 4294944442L, 4294944442L, 4294944442L},
      {1, 0, 0, 4294944442L, 0, 1},
    };
    java.util.Random lengths = new java.util.Random(7);
    double[] u = new double[80];
    for (long[] seed : seeds) {
      MRG32k3a ssj = seeded(seed);
      Mrg32k3aStream fast = new Mrg32k3aStream(seeded(seed));
      for (int block = 0; block < 40_000; block++) {
        int start = lengths.nextInt(8);
        int n = lengths.nextInt(65);
        fast.nextArrayOfDouble(u, start, n);
        for (int i = start; i < start + n; i++) {
          assertEquals(Double.doubleToRawLongBits(ssj.nextDouble()),
              Double.doubleToRawLongBits(u[i]), "block " + block + ", entry " + i);
        }
        // the state after an array is the state after as many single draws
        assertEquals(Double.doubleToRawLongBits(ssj.nextDouble()),
            Double.doubleToRawLongBits(fast.nextDouble()), "after block " + block);
      }
    }
  }

  @Test
  void nextInt_isSsjsFormula() {
    MRG32k3a ssj = new MRG32k3a();
    MRG32k3a copy = ssj.clone();
    Mrg32k3aStream fast = new Mrg32k3aStream(copy);
    for (int i = 0; i < 100_000; i++) {
      assertEquals(ssj.nextInt(-3, 17), fast.nextInt(-3, 17));
    }
    assertThrows(IllegalArgumentException.class, () -> fast.nextInt(2, 1));
  }

  /** Substream {@code replication} of {@code purpose}'s stream, built with SSJ alone. */
  private static MRG32k3a ssjStream(long seed, StreamPurpose purpose, int replication) {
    MRG32k3a s = new RandomStreams(seed).baseStream(purpose).clone();
    s.resetStartStream();
    for (int i = 0; i < replication; i++) {
      s.resetNextSubstream();
    }
    return s;
  }
}
