package io.kubesim.dist;

import io.kubesim.engine.UniformStream;
import umontreal.ssj.rng.RandomStream;

/**
 * A random stream read ahead in blocks: the same uniforms, in the same order, as the stream it
 * wraps, each with its quantile under one {@link Distribution} computed in the same block.
 *
 * <p>Design notes. On the request path a variate is a long chain of dependent arithmetic (the
 * generator's step, then {@code log1p} or a normal inversion and {@code exp}), and each event
 * computes one and waits for it. Computed a block at a time, the evaluations are independent of
 * one another, so the processor overlaps them: the same numbers for a fraction of the latency.
 * Every consumer of the wrapped stream must draw through this object (a replication's world
 * wraps its hot streams once, and nothing else holds them), so the sequence each consumer sees is
 * exactly the stream's; a block drawn beyond the end of a replication is never used, and a
 * replication's streams are its own. Common random numbers are untouched: a variate still uses
 * exactly one uniform, at the same position.
 */
public final class DrawAhead extends UniformStream {
  /** Uniforms per block: small enough to stay in the L1 cache, large enough to amortise. */
  static final int BLOCK = 64;

  private final RandomStream source;
  private final Distribution distribution;
  private final double[] uniforms = new double[BLOCK];
  private final double[] variates;
  private int next = BLOCK;

  /**
   * Reads {@code source} ahead, computing each uniform's quantile under {@code distribution}
   * (none when null: then only {@link #nextDouble()} applies). {@code source} belongs to this
   * object from now on.
   */
  public DrawAhead(RandomStream source, Distribution distribution) {
    this.source = source;
    this.distribution = distribution;
    this.variates = distribution == null ? null : new double[BLOCK];
  }

  @Override
  public double nextDouble() {
    if (next == BLOCK) {
      refill();
    }
    return uniforms[next++];
  }

  /** The distribution's quantile at the next uniform, as {@code distribution.sample(this)}. */
  public double nextVariate() {
    if (next == BLOCK) {
      refill();
    }
    return variates[next++];
  }

  /** The distribution's quantile at the uniform the last draw returned. */
  public double lastVariate() {
    return variates[next - 1];
  }

  /**
   * How many uniforms {@link #peek} can see: those left in the current block, after drawing the
   * next block if the current one is used up (which changes nothing a consumer sees).
   */
  public int readAhead() {
    if (next == BLOCK) {
      refill();
    }
    return BLOCK - next;
  }

  /** The uniform {@code k} draws ahead ({@code k < readAhead()}), without drawing it. */
  public double peek(int k) {
    return uniforms[next + k];
  }

  private void refill() {
    double[] u = uniforms;
    source.nextArrayOfDouble(u, 0, BLOCK);
    if (distribution != null) {
      distribution.quantiles(u, variates, BLOCK);
    }
    next = 0;
  }

  @Override
  public void resetStartStream() {
    source.resetStartStream();
    next = BLOCK;
  }

  @Override
  public void resetStartSubstream() {
    source.resetStartSubstream();
    next = BLOCK;
  }

  @Override
  public void resetNextSubstream() {
    source.resetNextSubstream();
    next = BLOCK;
  }

  @Override
  public String toString() {
    return "DrawAhead[" + source + ", " + distribution + ", " + (BLOCK - next) + " ahead]";
  }
}
