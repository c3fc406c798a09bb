package io.kubesim.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesim.cluster.Pod;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Linkerd's balancer against tower's peak-EWMA and p2c, and Linkerd's failure accrual. */
class LinkerdBalancerTest {
  private final TestProxy ctx = new TestProxy();

  private LinkerdBalancer balancer(LinkerdConfig c, Pod[] pods) {
    LinkerdBalancer b = (LinkerdBalancer) Balancers.create(c, ctx);
    b.updateHosts(pods, ctx.sim.time());
    return b;
  }

  private static LinkerdConfig config(double decay, double defaultRtt,
      Optional<LinkerdConfig.FailureAccrualConfig> accrual) {
    return new LinkerdConfig(decay, defaultRtt, 1, MeshRetryPolicy.none(), accrual,
        ControlPlanePush.linkerdDefaults());
  }

  @Test
  void registry_mapsLinkerdToItsBalancer() {
    assertInstanceOf(LinkerdBalancer.class,
        Balancers.create(LinkerdConfig.defaults(Optional.empty()), ctx));
    assertEquals(10, LinkerdConfig.defaults(Optional.empty()).decaySeconds());
    assertEquals(0.030, LinkerdConfig.defaults(Optional.empty()).defaultRttSeconds());
  }

  @Test
  void peakEwma_followsTowersCompoundDecayExample() {
    // tower load/peak_ewma.rs test compound_decay: default RTT 20 ms, decay 1 s.
    Pod[] pods = TestProxy.pods(1);
    LinkerdBalancer b = balancer(config(1, 0.020, Optional.empty()), pods);
    Host h = b.host(pods[0]);
    assertEquals(0.020, b.cost(h, 0), 1e-12);
    ctx.runUntil(0.1);
    b.pick(null, null, 0.1);
    assertTrue(b.cost(h, 0.1) > 0.020);
    ctx.runUntil(0.2);
    b.pick(null, null, 0.2);
    assertTrue(b.cost(h, 0.2) > 0.040);
    // the first response took 200 ms: slower than the estimate, so it replaces it
    b.onResult(pods[0], MeshOutcome.SUCCESS, 0.2, 0.3);
    assertEquals(0.400, b.cost(h, 0.3), 1e-12);
    // the second also took 200 ms: blended with the (equal) estimate
    b.onResult(pods[0], MeshOutcome.SUCCESS, 0.2, 0.4);
    assertEquals(0.200, b.cost(h, 0.4), 1e-12);
    assertEquals(0.200 * Math.exp(-1), b.cost(h, 1.4), 1e-12);
    assertTrue(b.cost(h, 11.4) < 0.0001);
  }

  @Test
  void peakEwma_fasterResponse_isBlendedByElapsedTime() {
    // est 0.1 s updated at t = 0; a 10 ms response at t = 5 with τ = 10 s:
    // 0.1·e^(−0.5) + 0.01·(1 − e^(−0.5))
    double expected = 0.1 * Math.exp(-0.5) + 0.01 * (1 - Math.exp(-0.5));
    assertEquals(expected, PeakEwma.observe(0.1, 0, 0.01, 5, 10), 1e-15);
    assertEquals(0.3, PeakEwma.observe(0.1, 0, 0.3, 5, 10), 1e-15);
    assertEquals(0.1 * 3, PeakEwma.cost(0.1, 2), 1e-15);
  }

  @Test
  void p2c_picksTheLowerCostEndpoint() {
    Pod[] pods = TestProxy.pods(2);
    LinkerdBalancer b = balancer(config(10, 0.030, Optional.empty()), pods);
    b.pick(null, null, 0);
    b.pick(null, null, 0);
    // one slow response on each pick's host until pod 0 has the higher estimate
    b.onResult(pods[0], MeshOutcome.SUCCESS, 0.5, 0);
    b.onResult(pods[1], MeshOutcome.SUCCESS, 0.02, 0);
    for (int i = 0; i < 100; i++) {
      Pod p = b.pick(null, null, 0.001 * i);
      assertSame(pods[1], p, "two endpoints: both are always drawn, the cheaper wins");
      b.onResult(p, MeshOutcome.CANCELLED, 0, 0.001 * i);
    }
  }

  @Test
  void p2c_weighsPendingRequests() {
    Pod[] pods = TestProxy.pods(2);
    LinkerdBalancer b = balancer(config(10, 0.030, Optional.empty()), pods);
    // equal estimates: the endpoint with fewer pending requests is cheaper
    Pod first = b.pick(null, null, 0);
    Pod second = b.pick(null, null, 0);
    assertFalse(first == second, "equal estimates: the endpoint without a pending request is cheaper");
  }

  @Test
  void failureAccrual_sevenConsecutiveFailures_penaltyThenOneProbe() {
    Pod[] pods = TestProxy.pods(3);
    LinkerdBalancer b = balancer(config(10, 0.030,
        Optional.of(LinkerdConfig.FailureAccrualConfig.defaults())), pods);
    for (int i = 0; i < 6; i++) {
      b.onResult(pods[0], MeshOutcome.CONNECT_TIMEOUT, 1, 0);
    }
    b.onResult(pods[0], MeshOutcome.SUCCESS, 0.01, 0);
    for (int i = 0; i < 6; i++) {
      b.onResult(pods[0], MeshOutcome.UPSTREAM_503, 0.01, 0);
    }
    assertEquals(3, b.availableCount(), "a success reset the count: six in a row");
    b.onResult(pods[0], MeshOutcome.RESET, 0.01, 0);
    assertEquals(2, b.availableCount());
    assertEquals(List.of(pods[0]), ctx.ejected);
    for (int i = 0; i < 50; i++) {
      Pod p = b.pick(null, null, 0);
      assertFalse(p == pods[0]);
      b.onResult(p, MeshOutcome.SUCCESS, 0.01, 0);
    }
    ctx.runUntil(0.999);
    assertEquals(2, b.availableCount(), "the first penalty is at least 1 s");
    ctx.runUntil(1.501);
    assertEquals(3, b.availableCount(), "and at most 1.5 s with jitter 0.5");
    Host h = b.host(pods[0]);
    assertTrue(h.probing);
    // the probe fails: a second penalty, 2 s to 3 s
    b.onResult(pods[0], MeshOutcome.CONNECT_FAILED, 0.01, 1.501);
    assertEquals(2, b.availableCount());
    ctx.runUntil(1.501 + 1.999);
    assertEquals(2, b.availableCount());
    ctx.runUntil(1.501 + 3.001);
    assertEquals(3, b.availableCount());
    b.onResult(pods[0], MeshOutcome.SUCCESS, 0.01, ctx.sim.time());
    assertFalse(h.probing);
    assertEquals(0, h.trips, "a successful probe restores the endpoint");
  }

  @Test
  void penalty_doublesUpToTheMaximum() {
    LinkerdConfig.FailureAccrualConfig c = LinkerdConfig.FailureAccrualConfig.defaults();
    assertEquals(1, c.penaltySeconds(0, 0));
    assertEquals(1.5, c.penaltySeconds(0, 1));
    assertEquals(32, c.penaltySeconds(5, 0));
    assertEquals(60, c.penaltySeconds(6, 0));
    assertEquals(60, c.penaltySeconds(40, 0.9));
  }

  @Test
  void noEndpointAvailable_noPick() {
    Pod[] pods = TestProxy.pods(1);
    LinkerdBalancer b = balancer(config(10, 0.030,
        Optional.of(new LinkerdConfig.FailureAccrualConfig(1, 1, 60, 0))), pods);
    b.onResult(pods[0], MeshOutcome.CONNECT_FAILED, 1, 0);
    assertNull(b.pick(null, null, 0));
  }
}
