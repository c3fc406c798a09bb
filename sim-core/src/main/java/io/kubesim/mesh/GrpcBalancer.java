package io.kubesim.mesh;

import io.kubesim.cluster.Pod;
import java.util.function.Predicate;
import umontreal.ssj.rng.RandomStream;

/**
 * A gRPC channel's balancer for one service. A subchannel whose connection fails (refused,
 * timed out, reset) is in TRANSIENT_FAILURE for its reconnect back-off (1 s × 1.6^(k−1), ± 20 %,
 * at most 120 s; reset by a success) and takes no calls meanwhile. {@code pick_first} sends every
 * call to one address, moving to the next one in the list when its subchannel fails;
 * {@code round_robin} sends calls in turn to the usable subchannels. With A50 outlier detection
 * an ejected address looks like a failed subchannel to the policy. Without a usable subchannel
 * the call fails at once (UNAVAILABLE, counted as {@code noEndpoints}).
 *
 * <p>Departures: a subchannel here is a connection per call, so a silent (partitioned) endpoint
 * shows as a connect timeout only if the channel's connect timeout (20 s) comes before the call's
 * deadline; otherwise, as with a long-lived HTTP/2 connection without keepalive, calls just run
 * into their deadline — which A50 counts as failures.
 */
final class GrpcBalancer implements Balancer {
  private final GrpcConfig config;
  private final RandomStream random;
  private final ProxyContext ctx;
  private final HostSet set = new HostSet();
  private final OutlierDetector detector;
  private int current;
  private int next;

  GrpcBalancer(GrpcConfig config, ProxyContext ctx) {
    this.config = config;
    this.random = ctx.random();
    this.detector = config.outlierDetection().map(od -> new OutlierDetector(od, set, ctx,
        ctx::onRoutesChanged, OutlierDetector.Rules.GRPC_A50)).orElse(null);
    this.ctx = ctx;
    if (detector != null) {
      detector.start(random.nextDouble() * config.outlierDetection().get().intervalSeconds());
    }
    this.next = (int) (random.nextDouble() * 1_000_003);
  }

  @Override
  public void updateHosts(Pod[] hosts, double now) {
    Pod kept = set.size > 0 ? set.hosts[current % set.size].pod : null;
    Host[] removed = set.update(hosts);
    if (detector != null) {
      detector.removed(removed);
    }
    current = 0;
    for (int i = 0; i < set.size; i++) {
      if (set.hosts[i].pod == kept) {
        current = i;
      }
    }
    ctx.onRoutesChanged();
  }

  /**
   * The addresses not ejected ({@code round_robin}), or the one {@code pick_first} uses. A
   * subchannel in reconnect back-off is counted as routed: its back-off ends without an event.
   */
  @Override
  public int countRoutable(Predicate<Pod> which) {
    int c = 0;
    for (int i = 0; i < set.size; i++) {
      Host h = set.hosts[i];
      boolean used = config.lbPolicy() == GrpcConfig.LbPolicy.ROUND_ROBIN || i == current;
      if (used && !h.ejected && which.test(h.pod)) {
        c++;
      }
    }
    return c;
  }

  private static boolean usable(Host h, double now) {
    return !h.ejected && now >= h.backoffUntil;
  }

  @Override
  public Pod pick(Pod tried, Pod triedBefore, double now) {
    int n = set.size;
    Host[] hosts = set.hosts;
    if (config.lbPolicy() == GrpcConfig.LbPolicy.PICK_FIRST) {
      for (int k = 0; k < n; k++) {
        Host h = hosts[(current + k) % n];
        if (usable(h, now)) {
          if (k > 0) {
            current = (current + k) % n;
            ctx.onRoutesChanged();
          }
          h.active++;
          return h.pod;
        }
      }
      return null;
    }
    for (int k = 0; k < n; k++) {
      Host h = hosts[Math.floorMod(next++, n)];
      if (usable(h, now)) {
        h.active++;
        return h.pod;
      }
    }
    return null;
  }

  @Override
  public void onResult(Pod host, int outcome, double latencySeconds, double now) {
    Host h = set.release(host);
    if (h == null) {
      return;
    }
    if (outcome == MeshOutcome.CONNECT_FAILED || outcome == MeshOutcome.CONNECT_TIMEOUT
        || outcome == MeshOutcome.RESET) {
      h.connectFailures++;
      h.backoffUntil = now + config.backoffSeconds(h.connectFailures, random.nextDouble());
    } else if (outcome == MeshOutcome.SUCCESS) {
      h.connectFailures = 0;
    }
    if (detector != null) {
      detector.record(h, outcome, now);
    }
  }

  /** Addresses ejected now. */
  int ejected() {
    return detector == null ? 0 : detector.ejectedCount();
  }

  /** The host of {@code p}, for tests. */
  Host host(Pod p) {
    return set.get(p);
  }
}
