package io.kubesim.engine;

import umontreal.ssj.rng.MRG32k3a;

/**
 * L'Ecuyer's MRG32k3a generator, drawing exactly the numbers SSJ's {@link MRG32k3a} draws from the
 * same state, in exact 64-bit integer arithmetic.
 *
 * <p>SSJ computes each step in {@code double}s, with two floating-point divisions to reduce modulo
 * {@code m1} and {@code m2}, behind {@code RandomStreamBase}'s checks for antithetic and
 * 53-bit-precision variants that the simulator never uses: about 28 ns per draw on the benchmark
 * machine, against about 4 ns here (9 ns while the last step of each draw was still a branch,
 * mispredicted half the time; see {@link #uniform}). Both recurrences are exact in either arithmetic (every
 * product is below 2^53, and SSJ's truncated quotient is corrected to the exact residue), so the
 * integer state here equals SSJ's after every step, and the uniform {@code ((p1 - p2) mod m1) ×
 * norm} is the same {@code double}: the streams are bit-for-bit SSJ's (checked by {@code
 * Mrg32k3aStreamTest}), at a seventh of the cost on the request path, where every arrival,
 * service time, hop latency, source node and endpoint choice draws one uniform.
 *
 * <p>Stream and substream positions stay SSJ's: an SSJ stream, which this one wraps, makes the
 * jumps (substreams are 2^76 draws apart) and this one copies its state after each.
 */
public final class Mrg32k3aStream extends UniformStream {
  /** The moduli of the two components (also bound the seeds {@link RandomStreams} draws). */
  static final long M1 = 4294967087L;
  static final long M2 = 4294944443L;
  private static final long A12 = 1403580L;
  private static final long A13N = 810728L;
  private static final long A21 = 527612L;
  private static final long A23N = 1370589L;
  /** {@code a21² mod m2} and {@code −a21·a23 mod m2}: component 2 two steps at a time. */
  private static final long A21_SQUARED = 3497978192L;
  private static final long A21_A23N = 2706407399L;
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
   * one subtraction of the modulus may be left ({@link #reduce1}, {@link #reduce2}).
   */
  @Override
  public double nextDouble() {
    long p1 = reduce1(A12 * s11 + A13N * (M1 - s10)); // the argument < 2^54
    s10 = s11;
    s11 = s12;
    s12 = p1;
    long p2 = reduce2(A21 * s22 + A23N * (M2 - s20)); // < 2^53
    s20 = s21;
    s21 = s22;
    s22 = p2;
    return uniform(p1, p2);
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

  /**
   * The next {@code n} uniforms into {@code u[start..start+n)}, as {@code n} calls of {@link
   * #nextDouble()} would give them, two steps at a time. Each component's next two values are
   * computed from its state independently of each other, so their chains of dependent
   * multiplications overlap: component 1 ({@code x_n = a12·x_{n−2} − a13·x_{n−3}}) gives them
   * directly; component 2 ({@code x_n = a21·x_{n−1} − a23·x_{n−3}}) gives the second through
   * {@code x_{n+1} = a21²·x_{n−1} − a21·a23·x_{n−3} − a23·x_{n−2}}, its two large coefficients
   * reduced mod {@code m2} and each product folded before the sum. The same state after every pair
   * (checked by {@code Mrg32k3aStreamTest}); in a throwaway loop, 3.7 ns per uniform in blocks of
   * 64 against 4.3 ns for single draws.
   */
  @Override
  public void nextArrayOfDouble(double[] u, int start, int n) {
    long a0 = s10;
    long a1 = s11;
    long a2 = s12;
    long b0 = s20;
    long b1 = s21;
    long b2 = s22;
    int end = start + n;
    int i = start;
    for (; i + 1 < end; i += 2) {
      long p1 = reduce1(A12 * a1 + A13N * (M1 - a0));
      long q1 = reduce1(A12 * a2 + A13N * (M1 - a1));
      long p2 = reduce2(A21 * b2 + A23N * (M2 - b0));
      // each product is below 2^64 (unsigned), folded below 2^47; the sum stays below 2^53
      long q2 = reduce2(fold2(A21_SQUARED * b2) + fold2(A21_A23N * b0) + A23N * (M2 - b1));
      a0 = a2;
      a1 = p1;
      a2 = q1;
      b0 = b2;
      b1 = p2;
      b2 = q2;
      u[i] = uniform(p1, p2);
      u[i + 1] = uniform(q1, q2);
    }
    s10 = a0;
    s11 = a1;
    s12 = a2;
    s20 = b0;
    s21 = b1;
    s22 = b2;
    if (i < end) {
      u[i] = nextDouble();
    }
  }

  /** {@code x mod m1} for {@code 0 ≤ x < 2^54}. */
  private static long reduce1(long x) {
    long p = (x >>> 32) * 209 + (x & LOW32) - M1; // in [−m1, m1)
    return p + ((p >> 63) & M1);
  }

  /** A value below {@code 2^47} congruent to {@code x} (read as unsigned) mod {@code m2}. */
  private static long fold2(long x) {
    return (x >>> 32) * 22853 + (x & LOW32);
  }

  /** {@code x mod m2} for {@code 0 ≤ x < 2^54}. */
  private static long reduce2(long x) {
    long p = fold2(fold2(x)); // < 2^37, then < 2^32 + 2^20 < 2·m2
    return p >= M2 ? p - M2 : p;
  }

  /**
   * SSJ's {@code p1 > p2 ? (p1 − p2) × norm : (p1 − p2 + m1) × norm}, without a branch (which
   * way it goes is a coin toss per draw): {@code m1} is added exactly when {@code p1 − p2 ≤ 0}.
   */
  private static double uniform(long p1, long p2) {
    long d = p1 - p2;
    return (d + (((d - 1) >> 63) & M1)) * NORM;
  }

  @Override
  public String toString() {
    return "Mrg32k3aStream[" + s10 + ", " + s11 + ", " + s12 + ", " + s20 + ", " + s21 + ", "
        + s22 + "]";
  }
}
