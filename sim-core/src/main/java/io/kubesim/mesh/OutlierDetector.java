package io.kubesim.mesh;

import io.kubesim.engine.Timer;
import umontreal.ssj.rng.RandomStream;

/**
 * Envoy's outlier detection for one proxy's view of one service, after
 * {@code source/common/upstream/outlier_detection_impl.cc}.
 *
 * <p>Design notes. Consecutive detectors act on each result: without
 * {@code split_external_local_origin_errors} a connect failure or reset is reported as 503 and a
 * connect timeout as 504 ({@code resultToHttpCode}), so they count as 5xx and as gateway
 * failures; with the split they count as local-origin failures only. A counter that reaches its
 * threshold asks for an ejection (unless the host is already ejected) and is reset. Every
 * {@code interval} a sweep (1) returns hosts ejected for at least min(base × multiplier, max) +
 * jitter, resetting their counters, (2) closes the success-rate interval, (3) runs the success-rate
 * and failure-percentage detectors on the interval that just ended, over non-ejected hosts with
 * enough requests, and (4) lowers the multiplier of hosts back for at least an interval. An
 * ejection is allowed when 100·(ejected + 1)/N ≤ {@code max_ejection_percent} (N = hosts in view;
 * Envoy ≥ 1.28), or when none is ejected and {@code always_eject_one_host}; with
 * {@link Rules#GRPC_A50} (as Envoy before 1.28) when 100·ejected/N &lt; the percentage. It is then
 * enforced with probability enforcing/100; the multiplier grows by 1 while base × multiplier &lt;
 * max + base.
 *
 * <p>Departures: Envoy posts consecutive-error ejections to its main thread; here they act at once.
 * Each proxy's first sweep is at a uniform offset within the interval (proxies start at different
 * times). Active health checks do not exist in the mesh, so only time returns a host.
 */
final class OutlierDetector {
  private static final int CONSECUTIVE_5XX = 0;
  private static final int CONSECUTIVE_GATEWAY = 1;
  private static final int CONSECUTIVE_LOCAL = 2;
  private static final int SUCCESS_RATE = 3;
  private static final int SUCCESS_RATE_LOCAL = 4;
  private static final int FAILURE_PERCENTAGE = 5;
  private static final int FAILURE_PERCENTAGE_LOCAL = 6;

  private final OutlierDetectionConfig c;
  private final HostSet set;
  private final ProxyContext ctx;
  private final RandomStream random;
  private final Runnable onHealthChanged;
  private final Rules rules;
  private final Timer sweepTimer;
  private int ejectedCount;
  private double[] rates = new double[8];
  private Host[] valid = new Host[8];

  /** Whose rules the detector follows where Envoy and gRPC differ. */
  enum Rules {
    /**
     * Envoy ≥ 1.28: results mapped to HTTP codes, consecutive detectors, cap 100·(ejected+1)/N
     * ≤ max, returns before the statistical detectors, the multiplier drops only for hosts back
     * a whole interval and stops growing at (max + base) / base.
     */
    ENVOY,
    /**
     * gRFC A50: a call is a success or a failure (a deadline exceeded included), no consecutive
     * detectors, cap 100·ejected/N &lt; max (so one host whenever max &gt; 0), the statistical
     * detectors before returns, the multiplier drops at every sweep for a host not ejected.
     */
    GRPC_A50
  }

  /** A detector over {@code set}; {@code onHealthChanged} runs after every ejection and return. */
  OutlierDetector(OutlierDetectionConfig c, HostSet set, ProxyContext ctx,
      Runnable onHealthChanged, Rules rules) {
    this.c = c;
    this.set = set;
    this.ctx = ctx;
    this.random = ctx.random();
    this.onHealthChanged = onHealthChanged;
    this.rules = rules;
    this.sweepTimer = new Timer(ctx.sim(), this::sweep);
  }

  /** Schedules the first sweep after {@code delaySeconds}. */
  void start(double delaySeconds) {
    sweepTimer.schedule(delaySeconds);
  }

  /** Hosts ejected now. */
  int ejectedCount() {
    return ejectedCount;
  }

  /** The hosts in {@code removed} (its non-null prefix) left the view. */
  void removed(Host[] removed) {
    for (Host h : removed) {
      if (h == null) {
        break;
      }
      if (h.ejected) {
        ejectedCount--;
      }
    }
  }

  /** A try to {@code h} ended with {@link MeshOutcome} {@code outcome} at {@code now}. */
  void record(Host h, int outcome, double now) {
    if (rules == Rules.GRPC_A50) {
      h.externalTotal++;
      if (outcome == MeshOutcome.SUCCESS) {
        h.externalSuccess++;
      }
      return;
    }
    if (!c.splitExternalLocalOriginErrors()) {
      switch (outcome) {
        case MeshOutcome.SUCCESS -> httpCode(h, 200, now);
        case MeshOutcome.CONNECT_TIMEOUT -> httpCode(h, 504, now);
        case MeshOutcome.UPSTREAM_503, MeshOutcome.CONNECT_FAILED, MeshOutcome.RESET ->
            httpCode(h, 503, now);
        default -> { }
      }
      return;
    }
    switch (outcome) {
      case MeshOutcome.SUCCESS -> {
        httpCode(h, 200, now);
        localNoFailure(h);
      }
      case MeshOutcome.UPSTREAM_503 -> {
        localNoFailure(h);
        httpCode(h, 503, now);
      }
      case MeshOutcome.CONNECT_FAILED, MeshOutcome.CONNECT_TIMEOUT, MeshOutcome.RESET ->
          localFailure(h, now);
      default -> { }
    }
  }

  /** {@code putHttpResponseCode}. */
  private void httpCode(Host h, int code, double now) {
    h.externalTotal++;
    if (code >= 500) {
      if (code == 502 || code == 503 || code == 504) {
        if (++h.consecutiveGatewayFailure == c.consecutiveGatewayFailure()) {
          consecutiveError(h, CONSECUTIVE_GATEWAY, now);
        }
      } else {
        h.consecutiveGatewayFailure = 0;
      }
      if (++h.consecutive5xx == c.consecutive5xx()) {
        consecutiveError(h, CONSECUTIVE_5XX, now);
      }
    } else {
      h.externalSuccess++;
      h.consecutive5xx = 0;
      h.consecutiveGatewayFailure = 0;
    }
  }

  private void localFailure(Host h, double now) {
    h.localTotal++;
    if (++h.consecutiveLocalOriginFailure == c.consecutiveLocalOriginFailure()) {
      consecutiveError(h, CONSECUTIVE_LOCAL, now);
    }
  }

  private void localNoFailure(Host h) {
    h.localTotal++;
    h.localSuccess++;
    h.consecutiveLocalOriginFailure = 0;
  }

  /** {@code onConsecutiveErrorWorker}. */
  private void consecutiveError(Host h, int type, double now) {
    if (h.ejected) {
      return;
    }
    eject(h, type, now);
    switch (type) {
      case CONSECUTIVE_5XX -> h.consecutive5xx = 0;
      case CONSECUTIVE_GATEWAY -> h.consecutiveGatewayFailure = 0;
      default -> h.consecutiveLocalOriginFailure = 0;
    }
  }

  /** Whether the ejection cap allows one more ejection ({@code ejectHost}). */
  boolean capAllows() {
    int n = set.size;
    if (rules == Rules.GRPC_A50) {
      return 100.0 * ejectedCount / n < c.maxEjectionPercent();
    }
    boolean allowed = 100.0 * (ejectedCount + 1) / n <= c.maxEjectionPercent();
    return allowed || c.alwaysEjectOneHost() && ejectedCount == 0;
  }

  /** {@code ejectHost}: cap, then enforcement, then the ejection. */
  private void eject(Host h, int type, double now) {
    if (h.ejected || !capAllows()) {
      return;
    }
    if (!enforced(enforcing(type))) {
      return;
    }
    ejectedCount++;
    h.ejected = true;
    h.ejections++;
    h.lastEjection = now;
    h.jitterSeconds = c.maxEjectionTimeJitterSeconds() > 0
        ? random.nextDouble() * c.maxEjectionTimeJitterSeconds() : 0;
    double base = c.baseEjectionTimeSeconds();
    if (rules == Rules.GRPC_A50 || h.ejectTimeBackoff * base < c.maxEjectionTimeSeconds() + base) {
      h.ejectTimeBackoff++;
    }
    ctx.onEjected(h.pod, now);
    onHealthChanged.run();
  }

  private int enforcing(int type) {
    return switch (type) {
      case CONSECUTIVE_5XX -> c.enforcingConsecutive5xx();
      case CONSECUTIVE_GATEWAY -> c.enforcingConsecutiveGatewayFailure();
      case CONSECUTIVE_LOCAL -> c.enforcingConsecutiveLocalOriginFailure();
      case SUCCESS_RATE -> c.enforcingSuccessRate();
      case SUCCESS_RATE_LOCAL -> c.enforcingLocalOriginSuccessRate();
      case FAILURE_PERCENTAGE -> c.enforcingFailurePercentage();
      default -> c.enforcingFailurePercentageLocalOrigin();
    };
  }

  /** Envoy's {@code featureEnabled(key, percent)}: a draw below the percentage. */
  private boolean enforced(int percent) {
    if (percent >= 100) {
      return true;
    }
    return percent > 0 && random.nextDouble() * 100 < percent;
  }

  /**
   * The time a host ejected now would stay out, seconds (without jitter): min(base × m, max),
   * with max at least base (Envoy's default and A50's rule).
   */
  double ejectionSeconds(Host h) {
    return Math.min(c.baseEjectionTimeSeconds() * h.ejectTimeBackoff,
        Math.max(c.baseEjectionTimeSeconds(), c.maxEjectionTimeSeconds()));
  }

  /** {@code onIntervalTimer} (Envoy) or the A50 interval timer. */
  void sweep() {
    double now = ctx.sim().time();
    Host[] hosts = set.hosts;
    if (rules == Rules.GRPC_A50) {
      for (int i = 0; i < set.size; i++) {
        hosts[i].swapBuckets();
      }
      statisticalEjections(false, now);
      boolean changed = false;
      for (int i = 0; i < set.size; i++) {
        Host h = hosts[i];
        if (!h.ejected) {
          if (h.ejectTimeBackoff > 0) {
            h.ejectTimeBackoff--;
          }
        } else if (now >= h.lastEjection + ejectionSeconds(h)) {
          changed |= uneject(h, now);
        }
      }
      if (changed) {
        onHealthChanged.run();
      }
      sweepTimer.schedule(c.intervalSeconds());
      return;
    }
    boolean changed = false;
    for (int i = 0; i < set.size; i++) {
      Host h = hosts[i];
      if (h.ejected && ejectionSeconds(h) + h.jitterSeconds <= now - h.lastEjection) {
        changed |= uneject(h, now);
      }
      h.swapBuckets();
    }
    if (changed) {
      onHealthChanged.run();
    }
    statisticalEjections(false, now);
    statisticalEjections(true, now);
    for (int i = 0; i < set.size; i++) {
      Host h = hosts[i];
      if (!h.ejected && !Double.isNaN(h.lastUnejection)
          && now - h.lastUnejection >= c.intervalSeconds() && h.ejectTimeBackoff > 0) {
        h.ejectTimeBackoff--;
      }
    }
    sweepTimer.schedule(c.intervalSeconds());
  }

  /** Returns {@code h} to the balancer, resetting its consecutive counters; true. */
  private boolean uneject(Host h, double now) {
    h.ejected = false;
    ejectedCount--;
    h.consecutive5xx = 0;
    h.consecutiveGatewayFailure = 0;
    h.consecutiveLocalOriginFailure = 0;
    h.lastUnejection = now;
    return true;
  }

  /** {@code processSuccessRateEjections} for external or local-origin results. */
  private void statisticalEjections(boolean local, double now) {
    int n = set.size;
    if (n < c.successRateMinimumHosts() && n < c.failurePercentageMinimumHosts()) {
      return;
    }
    if (rates.length < n) {
      rates = new double[n];
      valid = new Host[n];
    }
    Host[] hosts = set.hosts;
    int count = 0;
    int srValid = 0;
    int fpValid = 0;
    double sum = 0;
    for (int i = 0; i < n; i++) {
      Host h = hosts[i];
      long total = local ? h.localTotalPrevious : h.externalTotalPrevious;
      if (h.ejected || total == 0) {
        continue;
      }
      long ok = local ? h.localSuccessPrevious : h.externalSuccessPrevious;
      double rate = ok * 100.0 / total;
      valid[count] = h;
      rates[count++] = rate;
      if (total >= c.successRateRequestVolume()) {
        srValid++;
        sum += rate;
      }
      if (total >= c.failurePercentageRequestVolume()) {
        fpValid++;
      }
    }
    if (srValid > 0 && srValid >= c.successRateMinimumHosts()) {
      double mean = sum / srValid;
      double variance = 0;
      for (int k = 0; k < count; k++) {
        if (volume(valid[k], local) >= c.successRateRequestVolume()) {
          variance += (rates[k] - mean) * (rates[k] - mean);
        }
      }
      double threshold = mean - c.successRateStdevFactor() * Math.sqrt(variance / srValid);
      for (int k = 0; k < count; k++) {
        if (volume(valid[k], local) >= c.successRateRequestVolume() && rates[k] < threshold) {
          eject(valid[k], local ? SUCCESS_RATE_LOCAL : SUCCESS_RATE, now);
        }
      }
    }
    if (fpValid > 0 && fpValid >= c.failurePercentageMinimumHosts()) {
      for (int k = 0; k < count; k++) {
        if (volume(valid[k], local) >= c.failurePercentageRequestVolume()
            && 100.0 - rates[k] >= c.failurePercentageThreshold()) {
          eject(valid[k], local ? FAILURE_PERCENTAGE_LOCAL : FAILURE_PERCENTAGE, now);
        }
      }
    }
  }

  private static long volume(Host h, boolean local) {
    return local ? h.localTotalPrevious : h.externalTotalPrevious;
  }
}
