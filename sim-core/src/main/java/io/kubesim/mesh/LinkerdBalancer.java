package io.kubesim.mesh;

import io.kubesim.cluster.Pod;
import io.kubesim.engine.Timer;
import java.util.function.Predicate;
import umontreal.ssj.rng.RandomStream;

/**
 * A Linkerd proxy's balancer for one service: power of two choices (tower {@code p2c}: two
 * distinct endpoints drawn at random among those available, the one of lower peak-EWMA cost kept,
 * the first on ties) and, when configured, consecutive-failure accrual: after
 * {@code maxFailures} consecutive failures an endpoint is unavailable for a penalty, then
 * available for one probe request; a successful probe restores it, a failed one starts a longer
 * penalty. Every failure counts (5xx, connect failures and timeouts, resets, and a request the
 * application gave up on, which the proxy sees as a cancelled stream); a success resets the count.
 *
 * <p>Departure: with no endpoint available, Linkerd queues the request until its fail-fast
 * timeout (3 s) and then answers 503; here it is answered at once (counted as
 * {@code noEndpoints}).
 */
final class LinkerdBalancer implements Balancer {
  private final LinkerdConfig config;
  private final LinkerdConfig.FailureAccrualConfig accrual;
  private final ProxyContext ctx;
  private final RandomStream random;
  private final HostSet set = new HostSet();
  private Host[] available = new Host[0];
  private int availableCount;

  LinkerdBalancer(LinkerdConfig config, ProxyContext ctx) {
    this.config = config;
    this.accrual = config.failureAccrual().orElse(null);
    this.ctx = ctx;
    this.random = ctx.random();
  }

  @Override
  public void updateHosts(Pod[] hosts, double now) {
    Host[] before = set.hosts;
    int n = set.size;
    set.update(hosts);
    availableCount = 0;
    if (available.length < set.size) {
      available = new Host[set.size];
    }
    for (int i = 0; i < n; i++) {
      before[i].availableIndex = -1;
    }
    for (int i = 0; i < set.size; i++) {
      Host h = set.hosts[i];
      if (Double.isNaN(h.rttEstimate)) {
        h.rttEstimate = config.defaultRttSeconds();
        h.rttUpdatedAt = now;
      }
      if (!h.penalised && !(h.probing && h.active > 0)) {
        makeAvailable(h);
      }
    }
    ctx.onRoutesChanged();
  }

  private void makeAvailable(Host h) {
    if (h.availableIndex < 0) {
      h.availableIndex = availableCount;
      available[availableCount++] = h;
      ctx.onRoutesChanged();
    }
  }

  @Override
  public int countRoutable(Predicate<Pod> which) {
    int c = 0;
    for (int i = 0; i < availableCount; i++) {
      if (which.test(available[i].pod)) {
        c++;
      }
    }
    return c;
  }

  private void makeUnavailable(Host h) {
    int i = h.availableIndex;
    if (i < 0) {
      return;
    }
    Host last = available[--availableCount];
    available[i] = last;
    last.availableIndex = i;
    available[availableCount] = null;
    h.availableIndex = -1;
    ctx.onRoutesChanged();
  }

  /** The cost of {@code h} at {@code now}; reading it decays its estimate, as in tower. */
  double cost(Host h, double now) {
    h.rttEstimate = PeakEwma.decayed(h.rttEstimate, h.rttUpdatedAt, now, config.decaySeconds());
    h.rttUpdatedAt = now;
    return PeakEwma.cost(h.rttEstimate, h.active);
  }

  @Override
  public Pod pick(Pod tried, Pod triedBefore, double now) {
    int n = availableCount;
    if (n == 0) {
      return null;
    }
    Host h;
    if (n == 1) {
      h = available[0];
    } else {
      int i = (int) (random.nextDouble() * n);
      int j = (int) (random.nextDouble() * (n - 1));
      if (j >= i) {
        j++;
      }
      Host a = available[i];
      Host b = available[j];
      h = cost(a, now) <= cost(b, now) ? a : b;
    }
    h.active++;
    if (h.probing) {
      makeUnavailable(h);
    }
    return h.pod;
  }

  @Override
  public void onResult(Pod host, int outcome, double latencySeconds, double now) {
    Host h = set.release(host);
    if (h == null) {
      return;
    }
    if (outcome == MeshOutcome.SUCCESS) {
      h.rttEstimate = PeakEwma.observe(h.rttEstimate, h.rttUpdatedAt, latencySeconds, now,
          config.decaySeconds());
      h.rttUpdatedAt = now;
    }
    if (accrual == null) {
      return;
    }
    if (outcome == MeshOutcome.SUCCESS) {
      h.consecutiveFailures = 0;
      if (h.probing) {
        h.probing = false;
        h.trips = 0;
        makeAvailable(h);
      }
      return;
    }
    if (h.probing) {
      trip(h, now);
      return;
    }
    if (!h.penalised && ++h.consecutiveFailures >= accrual.maxFailures()) {
      trip(h, now);
    }
  }

  /** The breaker opens: the host is unavailable for its next penalty. */
  private void trip(Host h, double now) {
    h.probing = false;
    h.penalised = true;
    h.consecutiveFailures = 0;
    makeUnavailable(h);
    double penalty = accrual.penaltySeconds(h.trips++, random.nextDouble());
    ctx.onEjected(h.pod, now);
    new Timer(ctx.sim(), () -> endPenalty(h)).schedule(penalty);
  }

  private void endPenalty(Host h) {
    h.penalised = false;
    h.probing = true;
    if (set.get(h.pod) == h && h.active == 0) {
      makeAvailable(h);
    }
  }

  /** Hosts available for new requests now. */
  int availableCount() {
    return availableCount;
  }

  /** The host of {@code p}, for tests. */
  Host host(Pod p) {
    return set.get(p);
  }
}
