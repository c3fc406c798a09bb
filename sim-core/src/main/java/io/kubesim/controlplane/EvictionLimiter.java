package io.kubesim.controlplane;

/**
 * The rate limiter of one zone's NoExecute tainting queue: client-go's token bucket with burst 1
 * ({@code EvictionRateLimiterBurst}) at a rate in nodes per second, or one that never accepts at
 * rate 0. Swapping the rate follows {@code RateLimitedTimedQueue.SwapLimiter}: nothing changes at
 * the same rate; a new bucket starts full, but is drained when the old one had no token left.
 * Times are seconds, passed in.
 */
final class EvictionLimiter {
  private double qps;
  private double tokens;
  private double tokensAt;

  /** A full bucket at {@code qps} nodes per second. */
  EvictionLimiter(double qps, double now) {
    this.qps = qps;
    this.tokens = qps > 0 ? 1 : 0;
    this.tokensAt = now;
  }

  double qps() {
    return qps;
  }

  private double tokens(double now) {
    return qps > 0 ? Math.min(1, tokens + (now - tokensAt) * qps) : 0;
  }

  /** Takes a token if there is one at {@code now}. */
  boolean tryAccept(double now) {
    double t = tokens(now);
    tokensAt = now;
    if (t >= 1 - 1e-9) {
      tokens = Math.max(0, t - 1);
      return true;
    }
    tokens = t;
    return false;
  }

  /** When the next token is there (now if it is), +∞ at rate 0. */
  double nextTokenAt(double now) {
    if (qps <= 0) {
      return Double.POSITIVE_INFINITY;
    }
    return now + Math.max(0, (1 - tokens(now)) / qps);
  }

  /** Switches to {@code newQps} at {@code now}. */
  void swap(double newQps, double now) {
    if (newQps == qps) {
      return;
    }
    boolean oldHadToken = tryAccept(now);
    qps = newQps;
    tokensAt = now;
    tokens = newQps > 0 && oldHadToken ? 1 : 0;
  }
}
