package io.kubesim.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesim.cluster.Pod;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Envoy sidecar's rules against {@code outlier_detection_impl.cc} and
 * {@code load_balancer_impl.cc}: the ejection cap, panic, ejection time, the detectors.
 */
class EnvoyBalancerTest {
  private final TestProxy ctx = new TestProxy();

  /** Istio's outlier detection with {@code change} applied to one field set. */
  private static OutlierDetectionConfig od(int maxPercent, boolean always, int minHealth) {
    OutlierDetectionConfig d = OutlierDetectionConfig.istioDefaults();
    return new OutlierDetectionConfig(d.consecutive5xx(), d.enforcingConsecutive5xx(),
        d.consecutiveGatewayFailure(), d.enforcingConsecutiveGatewayFailure(),
        d.splitExternalLocalOriginErrors(), d.consecutiveLocalOriginFailure(),
        d.enforcingConsecutiveLocalOriginFailure(), d.intervalSeconds(),
        d.baseEjectionTimeSeconds(), d.maxEjectionTimeSeconds(), 0, maxPercent, always,
        d.successRateMinimumHosts(), d.successRateRequestVolume(), d.successRateStdevFactor(),
        d.enforcingSuccessRate(), d.enforcingLocalOriginSuccessRate(),
        d.failurePercentageThreshold(), d.failurePercentageMinimumHosts(),
        d.failurePercentageRequestVolume(), d.enforcingFailurePercentage(),
        d.enforcingFailurePercentageLocalOrigin(), minHealth);
  }

  private EnvoyBalancer balancer(Optional<OutlierDetectionConfig> od, Pod[] pods) {
    EnvoyBalancer b = (EnvoyBalancer) Balancers.create(EnvoyConfig.istio(od), ctx);
    b.updateHosts(pods, 0);
    return b;
  }

  private void fail(EnvoyBalancer b, Pod p, int times, int outcome) {
    for (int i = 0; i < times; i++) {
      b.onResult(p, outcome, 0.001, ctx.sim.time());
    }
  }

  @Test
  void registry_mapsEnvoyToItsBalancer() {
    assertEquals(Set.of("envoy", "linkerd", "grpc"), Balancers.names());
    assertInstanceOf(EnvoyBalancer.class,
        Balancers.create(EnvoyConfig.istio(Optional.empty()), ctx));
  }

  @Test
  void sixHosts_tenPercentCap_ejectsNobody() {
    Pod[] pods = TestProxy.pods(6);
    EnvoyBalancer b = balancer(Optional.of(od(10, false, 0)), pods);
    fail(b, pods[0], 5, MeshOutcome.UPSTREAM_503);
    assertEquals(0, b.ejected(), "100·(0+1)/6 = 16.7 % > 10 %");
    fail(b, pods[0], 50, MeshOutcome.CONNECT_TIMEOUT);
    assertEquals(0, b.ejected());
    assertTrue(ctx.ejected.isEmpty());
  }

  @Test
  void tenHosts_tenPercentCap_ejectsOneOnly() {
    Pod[] pods = TestProxy.pods(10);
    EnvoyBalancer b = balancer(Optional.of(od(10, false, 0)), pods);
    fail(b, pods[0], 5, MeshOutcome.CONNECT_FAILED);
    assertEquals(1, b.ejected(), "100·(0+1)/10 = 10 % ≤ 10 %");
    fail(b, pods[1], 5, MeshOutcome.CONNECT_FAILED);
    assertEquals(1, b.ejected(), "100·(1+1)/10 = 20 % > 10 %");
  }

  @Test
  void alwaysEjectOneHost_ejectsOneOfSix_andNoSecond() {
    Pod[] pods = TestProxy.pods(6);
    EnvoyBalancer b = balancer(Optional.of(od(10, true, 0)), pods);
    fail(b, pods[2], 4, MeshOutcome.UPSTREAM_503);
    assertEquals(0, b.ejected(), "four 5xx are not five");
    fail(b, pods[2], 1, MeshOutcome.UPSTREAM_503);
    assertEquals(List.of(pods[2]), ctx.ejected);
    fail(b, pods[3], 5, MeshOutcome.UPSTREAM_503);
    assertEquals(1, b.ejected());
    for (int i = 0; i < 200; i++) {
      Pod p = b.pick(null, null, 0);
      assertNotSame(pods[2], p, "an ejected host gets no requests");
      b.onResult(p, MeshOutcome.SUCCESS, 0.001, 0);
    }
  }

  @Test
  void aSuccess_resetsTheConsecutiveCount() {
    Pod[] pods = TestProxy.pods(6);
    EnvoyBalancer b = balancer(Optional.of(od(100, false, 0)), pods);
    fail(b, pods[0], 4, MeshOutcome.UPSTREAM_503);
    fail(b, pods[0], 1, MeshOutcome.SUCCESS);
    fail(b, pods[0], 4, MeshOutcome.UPSTREAM_503);
    assertEquals(0, b.ejected());
    fail(b, pods[0], 1, MeshOutcome.RESET);
    assertEquals(1, b.ejected(), "a reset counts as a 503");
  }

  @Test
  void cancelledRequests_areNotCounted() {
    Pod[] pods = TestProxy.pods(6);
    EnvoyBalancer b = balancer(Optional.of(od(100, false, 0)), pods);
    fail(b, pods[0], 20, MeshOutcome.CANCELLED);
    assertEquals(0, b.ejected());
  }

  @Test
  void panicThreshold_failsOpenBelowHalfHealthy() {
    Pod[] pods = TestProxy.pods(6);
    EnvoyBalancer b = balancer(Optional.of(od(100, false, 50)), pods);
    for (int k = 0; k < 3; k++) {
      fail(b, pods[k], 5, MeshOutcome.UPSTREAM_503);
    }
    assertEquals(3, b.ejected());
    assertFalse(b.inPanic(), "3 of 6 healthy is 50 %, not below");
    Set<Pod> picked = picks(b, 300);
    assertEquals(Set.of(pods[3], pods[4], pods[5]), picked);
    fail(b, pods[3], 5, MeshOutcome.UPSTREAM_503);
    assertTrue(b.inPanic(), "2 of 6 healthy is below 50 %");
    assertEquals(Set.of(pods), picks(b, 600), "in panic every host takes requests");
  }

  @Test
  void routable_excludesEjectedHosts_exceptInPanic() {
    Pod[] pods = TestProxy.pods(6);
    EnvoyBalancer b = balancer(Optional.of(od(100, false, 50)), pods);
    int changes = ctx.routeChanges;
    fail(b, pods[0], 5, MeshOutcome.UPSTREAM_503);
    assertTrue(ctx.routeChanges > changes, "an ejection changes the routes");
    assertEquals(0, b.countRoutable(p -> p == pods[0]));
    assertEquals(5, b.countRoutable(p -> true));
    for (int k = 1; k < 4; k++) {
      fail(b, pods[k], 5, MeshOutcome.UPSTREAM_503);
    }
    assertTrue(b.inPanic());
    assertEquals(1, b.countRoutable(p -> p == pods[0]), "in panic the ejected host is routed");
  }

  @Test
  void panicThresholdZero_allEjected_noHealthyUpstream() {
    Pod[] pods = TestProxy.pods(2);
    EnvoyBalancer b = balancer(Optional.of(od(100, false, 0)), pods);
    fail(b, pods[0], 5, MeshOutcome.UPSTREAM_503);
    fail(b, pods[1], 5, MeshOutcome.UPSTREAM_503);
    assertFalse(b.inPanic());
    assertNull(b.pick(null, null, 0));
  }

  private static Set<Pod> picks(EnvoyBalancer b, int n) {
    Set<Pod> s = new HashSet<>();
    for (int i = 0; i < n; i++) {
      Pod p = b.pick(null, null, 0);
      s.add(p);
      b.onResult(p, MeshOutcome.CANCELLED, 0, 0);
    }
    return s;
  }

  @Test
  void ejectionTime_growsWithTheEjectionCount_andShrinksAfterHealthyIntervals() {
    Pod[] pods = TestProxy.pods(6);
    EnvoyBalancer b = balancer(Optional.of(od(100, false, 0)), pods);
    OutlierDetector d = b.detector();
    fail(b, pods[0], 5, MeshOutcome.UPSTREAM_503);
    Host h = hostOf(b, pods[0]);
    assertEquals(1, h.ejectTimeBackoff);
    assertEquals(30, d.ejectionSeconds(h));
    // returns at the first sweep at least 30 s after the ejection (sweeps every 10 s)
    ctx.runUntil(29.9);
    assertTrue(h.ejected);
    ctx.runUntil(40.01);
    assertFalse(h.ejected);
    double back = h.lastUnejection;
    assertTrue(back >= 30 && back < 40, "returned at " + back);
    // ejected again at once: the multiplier is still 1, so it becomes 2 → 60 s
    fail(b, pods[0], 5, MeshOutcome.UPSTREAM_503);
    double again = ctx.sim.time();
    assertEquals(2, h.ejectTimeBackoff);
    assertEquals(60, d.ejectionSeconds(h));
    ctx.runUntil(again + 59.9);
    assertTrue(h.ejected);
    ctx.runUntil(again + 70.01);
    assertFalse(h.ejected);
    // one decrement per sweep once back for a whole interval
    double returned = h.lastUnejection;
    ctx.runUntil(returned + 10.01);
    assertEquals(1, h.ejectTimeBackoff);
    ctx.runUntil(returned + 20.01);
    assertEquals(0, h.ejectTimeBackoff);
  }

  @Test
  void ejectionTime_isCappedByMaxEjectionTime() {
    Pod[] pods = TestProxy.pods(6);
    EnvoyBalancer b = balancer(Optional.of(od(100, false, 0)), pods);
    Host h = hostOf(b, pods[0]);
    for (int k = 0; k < 20; k++) {
      fail(b, pods[0], 5, MeshOutcome.UPSTREAM_503);
      assertTrue(h.ejected);
      ctx.runUntil(ctx.sim.time() + b.detector().ejectionSeconds(h) + 10.01);
      assertFalse(h.ejected);
    }
    // the multiplier stops growing once base × m ≥ max + base: m = 11 (330 s ≥ 330 s)
    assertEquals(11, h.ejectTimeBackoff);
    assertEquals(300, b.detector().ejectionSeconds(h));
  }

  private static Host hostOf(EnvoyBalancer b, Pod p) {
    try {
      var f = EnvoyBalancer.class.getDeclaredField("set");
      f.setAccessible(true);
      return ((HostSet) f.get(b)).get(p);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void gatewayFailures_areCountedButNotEnforced_byDefault() {
    OutlierDetectionConfig d = od(100, false, 0);
    OutlierDetectionConfig gatewayOnly = new OutlierDetectionConfig(0, 0,
        d.consecutiveGatewayFailure(), d.enforcingConsecutiveGatewayFailure(), false, 5, 100, 10,
        30, 300, 0, 100, false, 5, 100, 1.9, 0, 0, 85, 5, 50, 0, 0, 0);
    Pod[] pods = TestProxy.pods(6);
    EnvoyBalancer b = balancer(Optional.of(gatewayOnly), pods);
    fail(b, pods[0], 20, MeshOutcome.CONNECT_TIMEOUT);
    assertEquals(0, b.ejected(), "enforcing_consecutive_gateway_failure defaults to 0");
  }

  @Test
  void splitLocalOrigin_countsConnectFailuresApartFrom5xx() {
    OutlierDetectionConfig split = new OutlierDetectionConfig(5, 100, 5, 0, true, 3, 100, 10,
        30, 300, 0, 100, false, 5, 100, 1.9, 0, 0, 85, 5, 50, 0, 0, 0);
    Pod[] pods = TestProxy.pods(6);
    EnvoyBalancer b = balancer(Optional.of(split), pods);
    fail(b, pods[0], 4, MeshOutcome.UPSTREAM_503);
    fail(b, pods[0], 2, MeshOutcome.CONNECT_TIMEOUT);
    assertEquals(0, b.ejected(), "local-origin failures do not add to the 5xx count");
    fail(b, pods[0], 1, MeshOutcome.CONNECT_FAILED);
    assertEquals(1, b.ejected(), "three consecutive local-origin failures");
  }

  /**
   * Runs one full interval in which host i gets {@code failures[i]} failures with
   * {@code outcome} and {@code successes[i]} successes, then the sweep that judges it.
   */
  private void interval(EnvoyBalancer b, Pod[] pods, int[] failures, int[] successes,
      int outcome) {
    ctx.runUntil(10.5);
    for (int i = 0; i < pods.length; i++) {
      fail(b, pods[i], failures[i], outcome);
      fail(b, pods[i], successes[i], MeshOutcome.SUCCESS);
    }
    ctx.runUntil(20.5);
  }

  /** Only the success-rate detector, enforced. */
  private static final OutlierDetectionConfig SUCCESS_RATE_ONLY = new OutlierDetectionConfig(0, 0,
      5, 0, false, 5, 100, 10, 30, 300, 0, 100, false, 5, 100, 1.9, 100, 0, 85, 5, 50, 0, 0, 0);

  @Test
  void successRate_ejectsBelowMeanMinusStdevFactorTimesStdev() {
    // Envoy's own example: rates {50, 100, 100, 100, 100}: mean 90, stdev 20, threshold
    // 90 − 1.9 × 20 = 52, so the host at 50 % is ejected.
    Pod[] pods = TestProxy.pods(5);
    EnvoyBalancer b = balancer(Optional.of(SUCCESS_RATE_ONLY), pods);
    interval(b, pods, new int[] {50, 0, 0, 0, 0}, new int[] {50, 100, 100, 100, 100},
        MeshOutcome.UPSTREAM_503);
    assertEquals(List.of(pods[0]), ctx.ejected);
  }

  @Test
  void successRate_needsMinimumHostsWithVolume() {
    Pod[] pods = TestProxy.pods(5);
    EnvoyBalancer b = balancer(Optional.of(SUCCESS_RATE_ONLY), pods);
    interval(b, pods, new int[] {50, 0, 0, 0, 0}, new int[] {50, 100, 100, 100, 99},
        MeshOutcome.UPSTREAM_503);
    assertTrue(ctx.ejected.isEmpty(), "only 4 hosts reached the request volume of 100");
  }

  @Test
  void failurePercentage_ejectsAtTheThreshold_whenEnforced() {
    OutlierDetectionConfig fp = new OutlierDetectionConfig(0, 0, 5, 0, false, 5, 100, 10, 30,
        300, 0, 100, false, 5, 100, 1.9, 0, 0, 85, 5, 50, 100, 0, 0);
    Pod[] pods = TestProxy.pods(6);
    EnvoyBalancer b = balancer(Optional.of(fp), pods);
    interval(b, pods, new int[] {85, 84, 0, 0, 0, 0}, new int[] {15, 16, 100, 100, 100, 100},
        MeshOutcome.CONNECT_FAILED);
    assertEquals(List.of(pods[0]), ctx.ejected, "85 % fails ≥ 85; 84 % does not");
  }

  @Test
  void leastRequest_prefersTheLessBusyOfTwoChoices() {
    Pod[] pods = TestProxy.pods(2);
    EnvoyBalancer b = balancer(Optional.empty(), pods);
    for (int i = 0; i < 5; i++) {
      b.pick(null, null, 0);
    }
    // 5 requests in flight split over two hosts; the busier one wins only if drawn twice
    int[] counts = new int[2];
    for (int i = 0; i < 4000; i++) {
      Pod p = b.pick(null, null, 0);
      counts[p == pods[0] ? 0 : 1]++;
      b.onResult(p, MeshOutcome.SUCCESS, 0.001, 0);
    }
    Host h0 = hostOf(b, pods[0]);
    Host h1 = hostOf(b, pods[1]);
    int lessBusy = h0.active < h1.active ? 0 : 1;
    assertTrue(h0.active != h1.active);
    // P(busier) = P(both draws hit it) = 1/4
    assertEquals(0.75, counts[lessBusy] / 4000.0, 0.03);
  }

  @Test
  void retry_avoidsPreviouslyTriedHosts() {
    Pod[] pods = TestProxy.pods(3);
    EnvoyBalancer b = balancer(Optional.empty(), pods);
    for (int i = 0; i < 300; i++) {
      Pod p = b.pick(pods[0], pods[1], 0);
      b.onResult(p, MeshOutcome.SUCCESS, 0, 0);
      // 5 picks among 3 hosts all landing on tried ones: (2/3)^5 ≈ 13 %
      if (p != pods[2]) {
        assertTrue(p == pods[0] || p == pods[1]);
      }
    }
    int fresh = 0;
    for (int i = 0; i < 3000; i++) {
      Pod p = b.pick(pods[0], pods[1], 0);
      b.onResult(p, MeshOutcome.SUCCESS, 0, 0);
      if (p == pods[2]) {
        fresh++;
      }
    }
    assertEquals(1 - Math.pow(2.0 / 3, 5), fresh / 3000.0, 0.03);
  }

  @Test
  void hostsLeavingTheView_releaseTheirEjection() {
    Pod[] pods = TestProxy.pods(6);
    EnvoyBalancer b = balancer(Optional.of(od(10, true, 0)), pods);
    fail(b, pods[0], 5, MeshOutcome.UPSTREAM_503);
    assertEquals(1, b.ejected());
    b.updateHosts(java.util.Arrays.copyOfRange(pods, 1, 6), 1);
    assertEquals(0, b.ejected());
    fail(b, pods[1], 5, MeshOutcome.UPSTREAM_503);
    assertEquals(1, b.ejected());
    b.updateHosts(pods, 2);
    assertSame(pods[0], pods[0]);
    assertFalse(hostOf(b, pods[0]).ejected, "a host that comes back is a new host");
  }
}
