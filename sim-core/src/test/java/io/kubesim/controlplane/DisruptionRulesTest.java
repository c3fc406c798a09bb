package io.kubesim.controlplane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The node lifecycle controller's disruption rules against {@code node_lifecycle_controller.go}
 * ({@code ComputeZoneState}, {@code setLimiterInZone}, {@code ReducedQPSFunc}) and the
 * tainting queue's limiter ({@code RateLimitedTimedQueue.SwapLimiter}, burst 1).
 */
class DisruptionRulesTest {

  @Test
  void zoneState_fullWhenNoNodeIsReady() {
    assertEquals(ZoneState.FULL_DISRUPTION, ZoneState.of(0, 1, 0.55));
    assertEquals(ZoneState.FULL_DISRUPTION, ZoneState.of(0, 3, 0.55));
  }

  @Test
  void zoneState_partialWithMoreThanTwoNotReady_andAtLeastTheThresholdShare() {
    assertEquals(ZoneState.PARTIAL_DISRUPTION, ZoneState.of(1, 3, 0.55)); // 0.75
    assertEquals(ZoneState.PARTIAL_DISRUPTION, ZoneState.of(2, 3, 0.55)); // 0.60
    assertEquals(ZoneState.NORMAL, ZoneState.of(3, 3, 0.55)); // 0.50 < 0.55
    assertEquals(ZoneState.NORMAL, ZoneState.of(0 + 1, 2, 0.55)); // only 2 NotReady
    assertEquals(ZoneState.NORMAL, ZoneState.of(5, 0, 0.55));
  }

  @Test
  void evictionRate_normalAndFullDisruptionUseTheNodeEvictionRate() {
    ControlPlaneConfig c = ControlPlaneConfig.defaults();
    assertEquals(0.1, NodeLifecycleController.evictionRate(c, ZoneState.NORMAL, 3), 1e-12);
    assertEquals(0.1, NodeLifecycleController.evictionRate(c, ZoneState.FULL_DISRUPTION, 3), 1e-12);
  }

  @Test
  void evictionRate_partialDisruption_secondaryRateAboveTheLargeClusterThreshold_elseZero() {
    ControlPlaneConfig c = ControlPlaneConfig.defaults();
    assertEquals(0.01,
        NodeLifecycleController.evictionRate(c, ZoneState.PARTIAL_DISRUPTION, 51), 1e-12);
    assertEquals(0, NodeLifecycleController.evictionRate(c, ZoneState.PARTIAL_DISRUPTION, 50));
  }

  @Test
  void limiter_isATokenBucketOfBurstOne() {
    EvictionLimiter l = new EvictionLimiter(0.1, 0);
    assertTrue(l.tryAccept(0));
    assertFalse(l.tryAccept(5));
    assertEquals(10, l.nextTokenAt(5), 1e-9);
    assertTrue(l.tryAccept(10));
    assertTrue(l.tryAccept(40), "burst 1: a long wait still gives one token");
    assertFalse(l.tryAccept(40));
  }

  @Test
  void limiter_swap_startsFull_unlessTheOldBucketWasEmpty_andRateZeroNeverAccepts() {
    EvictionLimiter l = new EvictionLimiter(0.1, 0);
    l.swap(0.01, 0);
    assertTrue(l.tryAccept(0), "the old bucket had a token: the new one starts full");
    l.swap(0.1, 1);
    assertFalse(l.tryAccept(1), "the old bucket was empty: the new one is drained");
    assertEquals(11, l.nextTokenAt(1), 1e-9);
    l.swap(0, 2);
    assertFalse(l.tryAccept(1000));
    assertEquals(Double.POSITIVE_INFINITY, l.nextTokenAt(1000));
    l.swap(0.1, 1000);
    assertFalse(l.tryAccept(1000), "a never-accepting bucket has no token to hand over");
    assertTrue(l.tryAccept(1010));
  }
}
