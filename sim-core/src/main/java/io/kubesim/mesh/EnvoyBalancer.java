package io.kubesim.mesh;

import io.kubesim.cluster.Pod;
import java.util.function.Predicate;
import umontreal.ssj.rng.RandomStream;

/**
 * An Istio sidecar's balancer for one service: its load-balancing policy over the hosts that are
 * not ejected, outlier detection when configured, and Envoy's panic threshold — when fewer than
 * {@code healthyPanicThresholdPercent} % of the hosts are healthy the sidecar balances over all
 * of them, ejected ones included (Envoy {@code LoadBalancerBase::isHostSetInPanic}). With a
 * threshold of 0 (Istio's default when outlier detection is set) and every host ejected it
 * answers "no healthy upstream". Without outlier detection Envoy's default threshold (50 %)
 * applies, but nothing ejects hosts.
 */
final class EnvoyBalancer implements Balancer {
  private final EnvoyConfig config;
  private final RandomStream random;
  private final ProxyContext ctx;
  private final HostSet set = new HostSet();
  private final HostPicker picker;
  private final OutlierDetector detector;
  private final int panicThreshold;
  private Host[] healthy = new Host[0];
  private int healthyCount;
  private boolean panic;

  EnvoyBalancer(EnvoyConfig config, ProxyContext ctx) {
    this.config = config;
    this.random = ctx.random();
    this.ctx = ctx;
    this.picker = HostPicker.create(config, random);
    this.detector = config.outlierDetection()
        .map(od -> new OutlierDetector(od, set, ctx, this::refreshHealthy, OutlierDetector.Rules.ENVOY)).orElse(null);
    this.panicThreshold = config.outlierDetection()
        .map(OutlierDetectionConfig::healthyPanicThresholdPercent).orElse(50);
    if (detector != null) {
      detector.start(random.nextDouble() * config.outlierDetection().get().intervalSeconds());
    }
  }

  @Override
  public void updateHosts(Pod[] hosts, double now) {
    Host[] removed = set.update(hosts);
    if (detector != null) {
      detector.removed(removed);
    }
    refreshHealthy();
  }

  /** Recomputes the healthy hosts and whether the sidecar is in panic. */
  private void refreshHealthy() {
    if (healthy.length < set.size) {
      healthy = new Host[set.size];
    }
    healthyCount = 0;
    for (int i = 0; i < set.size; i++) {
      Host h = set.hosts[i];
      if (!h.ejected) {
        healthy[healthyCount++] = h;
      }
    }
    panic = set.size > 0 && 100.0 * healthyCount / set.size < panicThreshold;
    ctx.onRoutesChanged();
  }

  @Override
  public int countRoutable(Predicate<Pod> which) {
    Host[] use = panic ? set.hosts : healthy;
    int n = panic ? set.size : healthyCount;
    int c = 0;
    for (int i = 0; i < n; i++) {
      if (which.test(use[i].pod)) {
        c++;
      }
    }
    return c;
  }

  /** Whether the balancer is in panic (balancing over every host). */
  boolean inPanic() {
    return panic;
  }

  /** Hosts ejected now. */
  int ejected() {
    return detector == null ? 0 : detector.ejectedCount();
  }

  /** The detector, for tests. */
  OutlierDetector detector() {
    return detector;
  }

  @Override
  public Pod pick(Pod tried, Pod triedBefore, double now) {
    Host[] use = panic ? set.hosts : healthy;
    int n = panic ? set.size : healthyCount;
    if (n == 0) {
      return null;
    }
    Host h = picker.pick(use, n, random);
    if (tried != null && config.retries().avoidPreviousHosts()) {
      for (int k = 1; k < config.retries().hostSelectionMaxAttempts()
          && (h.pod == tried || h.pod == triedBefore); k++) {
        h = picker.pick(use, n, random);
      }
    }
    h.active++;
    return h.pod;
  }

  @Override
  public void onResult(Pod host, int outcome, double latencySeconds, double now) {
    Host h = set.release(host);
    if (h == null) {
      return;
    }
    if (detector != null) {
      detector.record(h, outcome, now);
    }
  }
}
