package io.kubesim.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesim.cluster.Pod;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** gRPC's policies against {@code doc/connection-backoff.md} and gRFC A50. */
class GrpcBalancerTest {
  private final TestProxy ctx = new TestProxy();

  private GrpcBalancer balancer(GrpcConfig.LbPolicy lb, Optional<OutlierDetectionConfig> od,
      Pod[] pods) {
    GrpcBalancer b = (GrpcBalancer) Balancers.create(GrpcConfig.defaults(lb, od), ctx);
    b.updateHosts(pods, ctx.sim.time());
    return b;
  }

  /** One interval in which host i gets failures[i] deadline-exceeded calls among 100. */
  private void interval(GrpcBalancer b, Pod[] pods, int[] failures) {
    ctx.runUntil(10.5);
    for (int i = 0; i < pods.length; i++) {
      for (int k = 0; k < 100; k++) {
        b.onResult(pods[i], k < failures[i] ? MeshOutcome.CANCELLED : MeshOutcome.SUCCESS, 0.01,
            ctx.sim.time());
      }
    }
    ctx.runUntil(20.5);
  }

  @Test
  void registry_mapsGrpcToItsBalancer() {
    assertInstanceOf(GrpcBalancer.class, Balancers.create(
        GrpcConfig.defaults(GrpcConfig.LbPolicy.PICK_FIRST, Optional.empty()), ctx));
  }

  @Test
  void a50_failurePercentage_ejectsOneOfSix_theCapAllowingOneWhileNoneIsEjected() {
    Pod[] pods = TestProxy.pods(6);
    GrpcBalancer b = balancer(GrpcConfig.LbPolicy.ROUND_ROBIN,
        Optional.of(GrpcConfig.a50Defaults()), pods);
    interval(b, pods, new int[] {90, 90, 0, 0, 0, 0});
    assertEquals(1, b.ejected(), "100·0/6 < 10 allows one; 100·1/6 ≥ 10 stops the second");
    assertEquals(1, ctx.ejected.size());
    assertTrue(List.of(pods[0], pods[1]).contains(ctx.ejected.get(0)));
  }

  @Test
  void a50_countsDeadlinesAsFailures_belowTheThresholdNothingHappens() {
    Pod[] pods = TestProxy.pods(6);
    GrpcBalancer b = balancer(GrpcConfig.LbPolicy.ROUND_ROBIN,
        Optional.of(GrpcConfig.a50Defaults()), pods);
    interval(b, pods, new int[] {84, 0, 0, 0, 0, 0});
    // 84 % failures: below the failure-percentage threshold, but far below the mean success
    // rate (mean 97.3, stdev 5.96, threshold 97.3 − 1.9 × 5.96 = 86.0): success rate ejects it
    assertEquals(List.of(pods[0]), ctx.ejected);
  }

  @Test
  void a50_multiplier_dropsAtEverySweepOnceBack() {
    Pod[] pods = TestProxy.pods(6);
    GrpcBalancer b = balancer(GrpcConfig.LbPolicy.ROUND_ROBIN,
        Optional.of(GrpcConfig.a50Defaults()), pods);
    interval(b, pods, new int[] {100, 0, 0, 0, 0, 0});
    Host h = b.host(pods[0]);
    assertTrue(h.ejected);
    assertEquals(1, h.ejectTimeBackoff);
    double at = ctx.ejectedAt.get(0);
    ctx.runUntil(at + 29.9);
    assertTrue(h.ejected);
    ctx.runUntil(at + 30.01);
    assertFalse(h.ejected, "back at the first sweep 30 s after the ejection");
    assertEquals(1, h.ejectTimeBackoff, "the returning sweep does not lower it");
    ctx.runUntil(at + 40.01);
    assertEquals(0, h.ejectTimeBackoff, "the next sweep does");
  }

  @Test
  void roundRobin_skipsASubchannelInReconnectBackoff() {
    Pod[] pods = TestProxy.pods(3);
    GrpcBalancer b = balancer(GrpcConfig.LbPolicy.ROUND_ROBIN, Optional.empty(), pods);
    b.onResult(pods[1], MeshOutcome.CONNECT_FAILED, 0.001, 0);
    Host h = b.host(pods[1]);
    assertTrue(h.backoffUntil >= 0.8 && h.backoffUntil <= 1.2, "1 s ± 20 %: " + h.backoffUntil);
    for (int i = 0; i < 30; i++) {
      Pod p = b.pick(null, null, 0.5);
      assertNotSame(pods[1], p);
      b.onResult(p, MeshOutcome.SUCCESS, 0.001, 0.5);
    }
    b.onResult(pods[1], MeshOutcome.CONNECT_TIMEOUT, 0.001, 2);
    assertTrue(h.backoffUntil >= 2 + 1.6 * 0.8 && h.backoffUntil <= 2 + 1.6 * 1.2);
    int seen = 0;
    for (int i = 0; i < 30; i++) {
      Pod p = b.pick(null, null, 10);
      seen += p == pods[1] ? 1 : 0;
      b.onResult(p, MeshOutcome.SUCCESS, 0.001, 10);
    }
    assertEquals(10, seen, "back in the rotation after its back-off: one call in three");
  }

  @Test
  void backoff_growsBy1point6_upTo120s() {
    GrpcConfig c = GrpcConfig.defaults(GrpcConfig.LbPolicy.PICK_FIRST, Optional.empty());
    assertEquals(1, c.backoffSeconds(1, 0.5), 1e-12);
    assertEquals(1.6 * 1.6, c.backoffSeconds(3, 0.5), 1e-12);
    assertEquals(120, c.backoffSeconds(40, 0.5), 1e-12);
    assertEquals(120 * 1.2, c.backoffSeconds(40, 1), 1e-12);
  }

  @Test
  void pickFirst_sticksToOneAddress_andMovesOnWhenItsConnectionFails() {
    Pod[] pods = TestProxy.pods(3);
    GrpcBalancer b = balancer(GrpcConfig.LbPolicy.PICK_FIRST, Optional.empty(), pods);
    for (int i = 0; i < 10; i++) {
      assertSame(pods[0], b.pick(null, null, 0));
      b.onResult(pods[0], MeshOutcome.SUCCESS, 0.001, 0);
    }
    b.pick(null, null, 0);
    b.onResult(pods[0], MeshOutcome.CONNECT_FAILED, 0.001, 0);
    assertSame(pods[1], b.pick(null, null, 0.1));
    b.onResult(pods[1], MeshOutcome.SUCCESS, 0.001, 0.1);
    assertSame(pods[1], b.pick(null, null, 100), "it stays on the address that works");
  }

  @Test
  void noUsableSubchannel_failsTheCall() {
    Pod[] pods = TestProxy.pods(1);
    GrpcBalancer b = balancer(GrpcConfig.LbPolicy.ROUND_ROBIN, Optional.empty(), pods);
    b.onResult(pods[0], MeshOutcome.RESET, 0.001, 0);
    assertNull(b.pick(null, null, 0.1));
  }
}
