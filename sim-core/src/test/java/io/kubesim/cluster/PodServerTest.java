package io.kubesim.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesim.experiment.Models;
import io.kubesim.traffic.Attempt;
import io.kubesim.world.World;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A pod server's workers and queue, driven directly with attempts whose client has already
 * given up (so the request path only lets go of them), and the pool of completion events that
 * the servers of one replication share.
 */
class PodServerTest {
  private World world;

  @BeforeEach
  void world() {
    Models m = new Models();
    m.concurrency = 4;
    world = m.world();
  }

  private Pod pod(int id) {
    return new Pod(world, id, "web-" + id, world.deployments[0], 0);
  }

  private List<Attempt> offer(PodServer server, int n) {
    List<Attempt> offered = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Attempt a = world.attempts.take();
      a.clientDone = true;
      a.demandU = (i + 0.5) / n;
      server.offer(a);
      offered.add(a);
    }
    return offered;
  }

  @Test
  void fourWorkers_serveFourAtOnceAndQueueTheRest_untilAllAreServed() {
    Pod pod = pod(0);
    PodServer server = pod;
    List<Attempt> offered = offer(server, 6);
    assertEquals(4, server.busy());
    assertEquals(2, server.queued());
    world.sim.start();
    assertEquals(0, server.busy());
    assertEquals(0, server.queued());
    assertEquals(6, pod.served);
    assertTrue(offered.stream().noneMatch(a -> a.atServer));
  }

  @Test
  void completionEvents_areTheReplicationsNotThePods_asManyAsServicesEverInProgressAtOnce() {
    PodServer first = pod(0);
    offer(first, 6);
    world.sim.start();
    assertEquals(4, world.completions.created());
    PodServer second = pod(1);
    PodServer third = pod(2);
    offer(second, 2);
    offer(third, 2);
    world.sim.start();
    assertEquals(4, world.completions.created(), "events of the first pod's services reused");
    offer(second, 3);
    offer(third, 3);
    assertEquals(6, world.completions.created(), "six services in progress at once");
  }

  @Test
  void aDyingContainer_letsGoOfEveryAttemptAndCancelsItsServices() {
    Pod pod = pod(0);
    PodServer server = pod;
    List<Attempt> offered = offer(server, 6);
    server.abortAll(false);
    assertEquals(0, server.busy());
    assertEquals(0, server.queued());
    assertTrue(offered.stream().noneMatch(a -> a.atServer));
    world.sim.start();
    assertEquals(0, pod.served, "no service completed after the container died");
    offer(server, 4);
    assertEquals(4, world.completions.created(), "the cancelled services' events are reused");
    world.sim.start();
    assertEquals(4, pod.served);
  }
}
