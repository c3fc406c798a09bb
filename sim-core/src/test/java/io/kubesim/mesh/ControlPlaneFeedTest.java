package io.kubesim.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubesim.cluster.Pod;
import io.kubesim.controlplane.ControlPlaneConfig;
import io.kubesim.dist.Distribution;
import io.kubesim.engine.Timer;
import io.kubesim.experiment.Models;
import io.kubesim.proxy.EndpointSnapshot;
import io.kubesim.world.World;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import umontreal.ssj.simevents.Simulator;

/** istiod's debounce: a push after 100 ms of quiet, or once a burst is 10 s old. */
class ControlPlaneFeedTest {
  private Simulator sim;
  private World w;
  private Mesh mesh;

  private void world() {
    Models m = new Models();
    m.controlPlane = new ControlPlaneConfig(5, 50, 300, new Distribution.Constant(0),
        new Distribution.Constant(0.1));
    m.service = m.service.withMesh(new EnvoyConfig(EnvoyConfig.LbPolicy.ROUND_ROBIN, 2, 10,
        MeshRetryPolicy.none(), Optional.empty(),
        new ControlPlanePush(0.1, 10, new Distribution.Constant(0.05))));
    w = m.world();
    sim = w.sim;
    w.deployments[0].createInitialPods();
    mesh = w.meshes[0];
    mesh.initialise(new EndpointSnapshot(1, w.pods.toArray(new Pod[0])));
  }

  private int viewOfNode0() {
    return mesh.proxy(0).countRoutable(p -> true);
  }

  private void at(double t, Runnable r) {
    new Timer(sim, r).schedule(t - sim.time());
  }

  private void runUntil(double t) {
    new Timer(sim, sim::stop).schedule(t - sim.time());
    sim.start();
  }

  @Test
  void aBurstOfChanges_isPushedWhenItIsTenSecondsOld_thenAfterQuiet() {
    world();
    Pod[] all = w.pods.toArray(new Pod[0]);
    // a change every 50 ms (never 100 ms of quiet) from 1 s to 13 s, alternating 5 and 4 pods
    for (int k = 0; k <= 240; k++) {
      long version = 2 + k;
      Pod[] view = Arrays.copyOf(all, k % 2 == 0 ? 5 : 4);
      at(1 + 0.05 * k, () -> mesh.onEndpoints(new EndpointSnapshot(version, view)));
    }
    runUntil(10.99);
    assertEquals(6, viewOfNode0(), "nothing pushed while the burst is younger than 10 s");
    runUntil(11.1);
    // due at 11 s (burst start + 10 s): the latest change then (k = 199, 4 pods; k = 200 comes
    // an ulp after 11 s) is pushed and applied 50 ms later
    assertEquals(4, viewOfNode0());
    runUntil(13.1);
    assertEquals(4, viewOfNode0(), "the next burst is still changing until 13 s");
    runUntil(13.2);
    assertEquals(5, viewOfNode0(),
        "the last change (13 s, 5 pods) is pushed after 100 ms of quiet and applied at 13.15 s");
  }
}
