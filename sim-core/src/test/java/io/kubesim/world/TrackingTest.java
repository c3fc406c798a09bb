package io.kubesim.world;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubesim.cluster.Node;
import io.kubesim.cluster.Pod;
import io.kubesim.experiment.Models;
import io.kubesim.proxy.EndpointSnapshot;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Exposure counts what nodes really route new connections to: a faulty pod that is terminating
 * but still serving is routed to once no ready endpoint is left (KEP-1669), and only then.
 */
class TrackingTest {
  private World world;
  private Pod faulty;
  private Pod healthy;

  @BeforeEach
  void world() {
    world = new Models().world();
    faulty = new Pod(world, 0, "web-0", world.deployments[0], 0);
    healthy = new Pod(world, 1, "web-1", world.deployments[0], 0);
    world.pods.add(faulty);
    world.pods.add(healthy);
  }

  /** Every node routes by {@code view}; the fault lasts from 0 to 10 s. */
  private double exposureUnder(EndpointSnapshot view) {
    for (Node n : world.nodes) {
      n.proxy.initialise(0, view);
    }
    Runnable heal = world.tracking.beginDetection(List.of(faulty), new boolean[world.nodes.length]);
    world.after(10, heal);
    world.sim.start();
    return world.metrics.exposure().exposureFraction();
  }

  @Test
  void aFaultyServingTerminatingPod_isExposure_whenNoReadyEndpointIsLeft() {
    assertEquals(1.0, exposureUnder(
        new EndpointSnapshot(1, new Pod[0], new Pod[] {faulty})));
  }

  @Test
  void aFaultyServingTerminatingPod_isNoExposure_whileAReadyEndpointRemains() {
    assertEquals(0.0, exposureUnder(
        new EndpointSnapshot(1, new Pod[] {healthy}, new Pod[] {faulty})));
  }

  @Test
  void aFaultyReadyPod_isExposure() {
    assertEquals(1.0, exposureUnder(new EndpointSnapshot(1, new Pod[] {faulty, healthy})));
  }
}
