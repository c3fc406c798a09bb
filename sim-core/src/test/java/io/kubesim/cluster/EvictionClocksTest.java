package io.kubesim.cluster;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesim.experiment.Models;
import io.kubesim.world.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * When the pods on a node count as evicted, as the node's state changes: the not-ready taint
 * counts after the toleration period (300 s by default) and only while the node is not Ready; a
 * NoExecute taint without toleration counts at once.
 */
class EvictionClocksTest {
  private World world;
  private Node node;
  private double toleration;

  @BeforeEach
  void world() {
    world = new Models().world();
    node = world.nodes[1];
    toleration = world.config.controlPlane().tolerationSeconds();
  }

  private boolean evicted(double now) {
    return world.evictionClocks.evicted(node.host, now);
  }

  @Test
  void aReadyUntaintedNode_isNeverEvicted() {
    assertFalse(evicted(0));
    assertFalse(evicted(1e9));
  }

  @Test
  void theNotReadyTaint_evictsAfterTheTolerationPeriod_whileTheNodeStaysNotReady() {
    node.setApiReady(false);
    assertFalse(evicted(1e9), "not ready but not yet tainted");
    node.setNotReadyTaintedAt(100);
    assertFalse(evicted(100 + toleration - 1e-6));
    assertTrue(evicted(100 + toleration));
    node.setApiReady(true);
    assertFalse(evicted(100 + toleration), "Ready again: the taint no longer counts");
    node.setApiReady(false);
    node.setNotReadyTaintedAt(Double.NaN);
    assertFalse(evicted(1e9), "untainted");
    assertFalse(world.evictionClocks.evicted(world.nodes[0].host, 1e9), "other nodes untouched");
  }

  @Test
  void aNoExecuteTaintWithoutToleration_evictsAtOnce_untilLifted() {
    node.setNoExecuteTaint(true);
    assertTrue(evicted(0));
    node.setNoExecuteTaint(false);
    assertFalse(evicted(1e9));
  }
}
