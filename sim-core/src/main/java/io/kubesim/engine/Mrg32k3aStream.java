package io.kubesim.engine;

import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.rng.RandomStream;

/**
 * L'Ecuyer's MRG32k3a generator, drawing exactly the numbers SSJ's {@link MRG32k3a} draws from the
 * same state, in exact 64-bit integer arithmetic.
 *
 * <p>SSJ computes each step in {@code double}s, with two floating-point divisions to reduce modulo
 * {@code m1} and {@code m2}, behind {@code RandomStreamBase}'s checks for antithetic and
 * 53-bit-precision variants that the simulator never uses: about 28 ns per draw on the benchmark
 * machine, against about 9 ns here. Both recurrences are exact in either arithmetic (every
 * product is below 2^53, and SSJ's truncated quotient is corrected to the exact residue), so the
 * integer state here equals SSJ's after every step, and the uniform {@code ((p1 - p2) mod m1) ×
 * norm} is the same {@code double}: the streams are bit-for-bit SSJ's (checked by {@code
 * Mrg32k3aStreamTest}), at a third of the cost on the request path, where every arrival,
 * service time, hop latency and endpoint choice draws one uniform.
 *
 * <p>Stream and substream positions stay SSJ's: an SSJ stream, which this one wraps, makes the
 * jumps (substreams are 2^76 draws apart) and this one copies its state after each.
 */
public final class Mrg32k3aStream implements RandomStream {
  /** The moduli of the two components (also bound the seeds {@link RandomStreams} draws). */
  static final long M1 = 4294967087L;
  static final long M2 = 4294944443L;
  private static final long A12 = 1403580L;
  private static final long A13N = 810728L;
  private static final long A21 = 527612L;
  private static final long A23N = 1370589L;
  /** SSJ's normalisation constant, 1 / (m1 + 1). */
  private static final double NORM = 2.328306549295728e-10;
  private static final long LOW32 = 0xffffffffL;

  private final MRG32k3a positions;
  private long s10;
  private long s11;
  private long s12;
  private long s20;
  private long s21;
  private long s22;

  /**
   * A stream at the current state of {@code positions}, which from now on belongs to this stream
   * and makes its stream and substream jumps.
   */
  public Mrg32k3aStream(MRG32k3a positions) {
    this.positions = positions;
    copyState();
  }

  private void copyState() {
    long[] s = positions.getState();
    s10 = s[0];
    s11 = s[1];
    s12 = s[2];
    s20 = s[3];
    s21 = s[4];
    s22 = s[5];
  }

  /**
   * One step of each component. Each residue is taken without a division: the linear combination
   * is made non-negative by adding {@code a13n·m1} (or {@code a23n·m2}), which leaves it below
   * 2^54, and then folded with {@code 2^32 ≡ 209 (mod m1)} and {@code 2^32 ≡ 22853 (mod m2)} until
   * one conditional subtraction is left.
   */
  @Override
  public double nextDouble() {
    long x1 = A12 * s11 + A13N * (M1 - s10); // < 2^54
    long p1 = (x1 >>> 32) * 209 + (x1 & LOW32); // < 2^32 + 2^30 < 2·m1
    if (p1 >= M1) {
      p1 -= M1;
    }
    s10 = s11;
    s11 = s12;
    s12 = p1;
    long x2 = A21 * s22 + A23N * (M2 - s20); // < 2^53
    long t2 = (x2 >>> 32) * 22853 + (x2 & LOW32); // < 2^36
    long p2 = (t2 >>> 32) * 22853 + (t2 & LOW32); // < 2^32 + 2^19 < 2·m2
    if (p2 >= M2) {
      p2 -= M2;
    }
    s20 = s21;
    s21 = s22;
    s22 = p2;
    return p1 > p2 ? (p1 - p2) * NORM : (p1 - p2 + M1) * NORM;
  }

  @Override
  public void resetStartStream() {
    positions.resetStartStream();
    copyState();
  }

  @Override
  public void resetStartSubstream() {
    positions.resetStartSubstream();
    copyState();
  }

  @Override
  public void resetNextSubstream() {
    positions.resetNextSubstream();
    copyState();
  }

  @Override
  public void nextArrayOfDouble(double[] u, int start, int n) {
    for (int i = start; i < start + n; i++) {
      u[i] = nextDouble();
    }
  }

  /** As SSJ's {@code RandomStreamBase.nextInt}: {@code i + (int) (u × (j − i + 1))}. */
  @Override
  public int nextInt(int i, int j) {
    if (i > j) {
      throw new IllegalArgumentException(i + " is larger than " + j + ".");
    }
    return i + (int) (nextDouble() * (j - i + 1.0));
  }

  @Override
  public void nextArrayOfInt(int i, int j, int[] u, int start, int n) {
    for (int k = start; k < start + n; k++) {
      u[k] = nextInt(i, j);
    }
  }

  @Override
  public String toString() {
    return "Mrg32k3aStream[" + s10 + ", " + s11 + ", " + s12 + ", " + s20 + ", " + s21 + ", "
        + s22 + "]";
  }
}
