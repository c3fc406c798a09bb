package io.kubesim.world;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubesim.cluster.Node;
import io.kubesim.cluster.Pod;
import io.kubesim.experiment.Models;
import io.kubesim.fault.FaultConfig;
import io.kubesim.fault.HostSelector;
import io.kubesim.proxy.EndpointSnapshot;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the fault metrics count as faulty. Exposure counts what nodes really route new connections
 * to: a faulty pod that is terminating but still serving is routed to once no ready endpoint is
 * left (KEP-1669), and only then. A healthy endpoint (for false ejections) is one no fault in
 * force targets, whichever fault is the tracked one.
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

  /** {@code node} cut from every other node, both ways, from {@code at} for {@code duration} s. */
  private static FaultConfig cutOff(String node, double at, double duration) {
    return new FaultConfig.Partition("cut-" + node, at, duration, HostSelector.ofNodes(node),
        HostSelector.everyNode(), FaultConfig.Direction.BOTH);
  }

  /** Whether the pod on {@code node} is a healthy endpoint at each of {@code times}. */
  private static boolean[] healthyEndpointOn(World w, String node, double... times) {
    Pod pod = w.pods.stream().filter(p -> p.node.config.name().equals(node)).findFirst()
        .orElseThrow();
    boolean[] healthy = new boolean[times.length];
    for (int i = 0; i < times.length; i++) {
      int k = i;
      w.after(times[i], () -> healthy[k] = w.tracking.healthyEndpoint(pod));
    }
    return healthy;
  }

  @Test
  void everyPartitionInForce_makesThePodsItCutsOffFaultyEndpoints_notOnlyTheTrackedOne() {
    Models m = new Models();
    m.faults.add(cutOff("node-2", 10, 30));
    m.faults.add(cutOff("node-5", 20, 30));
    World w = m.world();
    w.deployments[0].createInitialPods();
    w.faults.scheduleAll();
    boolean[] node2 = healthyEndpointOn(w, "node-2", 5, 15, 45);
    boolean[] node5 = healthyEndpointOn(w, "node-5", 5, 15, 25, 55);
    boolean[] node1 = healthyEndpointOn(w, "node-1", 25);
    w.after(60, w.sim::stop);
    w.sim.start();
    assertArrayEquals(new boolean[] {true, false, true}, node2);
    assertArrayEquals(new boolean[] {true, true, false, true}, node5,
        "node-5's pod is cut off from 20 s to 50 s by the second partition");
    assertArrayEquals(new boolean[] {true}, node1);
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
