package io.kubesim.cluster;

import io.kubesim.config.Checks;

/**
 * An in-process cache that a container restart empties. A cold container serves
 * {@code coldSlowdown} times slower; the slowdown decays linearly to 1 over {@code warmupSeconds}
 * of running time.
 *
 * @param coldSlowdown service-time multiplier right after a (re)start, at least 1
 * @param warmupSeconds running time until the cache is warm again
 */
public record WarmCacheConfig(double coldSlowdown, double warmupSeconds) {
  public WarmCacheConfig {
    Checks.inRange("warmCache.coldSlowdown", coldSlowdown, 1, 1e6);
    Checks.positive("warmCache.warmupSeconds", warmupSeconds);
  }

  /** Service-time multiplier after {@code runningSeconds} of uptime. */
  public double slowdownAfter(double runningSeconds) {
    if (runningSeconds >= warmupSeconds) {
      return 1;
    }
    return coldSlowdown - (coldSlowdown - 1) * (runningSeconds / warmupSeconds);
  }
}
