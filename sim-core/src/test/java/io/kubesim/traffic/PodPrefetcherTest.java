package io.kubesim.traffic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesim.cluster.Pod;
import io.kubesim.config.ExperimentConfig;
import io.kubesim.config.ModelConfig;
import io.kubesim.engine.RandomStreams;
import io.kubesim.experiment.Models;
import io.kubesim.metrics.ReplicationOutput;
import io.kubesim.model.Replication;
import io.kubesim.proxy.AffinityEntry;
import io.kubesim.proxy.ServiceConfig;
import io.kubesim.world.World;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Reading the next requests' pods ahead in a large cluster: it predicts exactly the pods the
 * requests then pick, it is used only where a pick is one uniform's function and the cluster is
 * large, and it changes no result.
 */
class PodPrefetcherTest {
  /** 150 nodes with 30 pods each: above the size where prefetching starts. */
  private static Models large() {
    Models m = new Models();
    m.nodes = 150;
    m.replicas = 4500;
    m.rate = 3000;
    return m;
  }

  private static World built(ModelConfig model) {
    return Replication.build(model, new ExperimentConfig(20, 5, 1, 1, 5),
        new RandomStreams(3).forReplication(0), false);
  }

  @Test
  void predictsThePodsTheNextRequestsPick() {
    ModelConfig model = large().build();
    World w = built(model);
    int[] hosts = IntStream.range(0, w.nodes.length).toArray();
    int service = w.clients[0].service;
    PodPrefetcher prefetcher =
        PodPrefetcher.forClient(w, model.clients().get(0), hosts, service);
    assertNotNull(prefetcher);
    int checked = 0;
    while (checked < 20 * PodPrefetcher.BATCH) {
      int n = Math.min(PodPrefetcher.BATCH,
          Math.min(w.placementStream.readAhead(), w.lbStream.readAhead()));
      Pod[] predicted = new Pod[n];
      for (int i = 0; i < n; i++) {
        predicted[i] = prefetcher.predicted(i);
      }
      for (int i = 0; i < n; i++, checked++) {
        int host = hosts[Client.sourceIndex(w.placementStream.nextDouble(), hosts.length)];
        Pod picked = w.routing.pick(host, service, w.lbStream, new AffinityEntry());
        assertNotNull(picked);
        assertSame(picked, predicted[i], "request " + checked);
      }
    }
  }

  @Test
  void isUsedOnlyForLargeClustersWhereAPickIsOneUniform() {
    assertNotNull(prefetcherOf(large()));
    Models small = new Models();
    assertNull(prefetcherOf(small), "6 pods stay in the cache");
    Models external = large();
    external.external = true;
    assertNull(prefetcherOf(external), "the load balancer picks the node");
    Models sticky = large();
    sticky.service = new ServiceConfig("web", Map.of("app", "web"), false,
        ServiceConfig.DnsChoice.FIRST, 5, ServiceConfig.SessionAffinity.CLIENT_IP, 10800,
        ServiceConfig.ExternalTrafficPolicy.CLUSTER);
    assertNull(prefetcherOf(sticky), "ClientIP affinity may not draw");
  }

  private static PodPrefetcher prefetcherOf(Models m) {
    ModelConfig model = m.build();
    World w = built(model);
    return PodPrefetcher.forClient(w, model.clients().get(0),
        IntStream.range(0, w.nodes.length).toArray(), w.clients[0].service);
  }

  @Test
  void changesNoResult() {
    ModelConfig model = large().grayPartition("node-7", 8, 6).build();
    ReplicationOutput with = run(model, true);
    assertTrue(with.outcomes().successRateDuringFault() < 0.999, "the cut node fails requests");
    assertSameOutput(with, run(model, false));
  }

  /**
   * Retries on a new connection draw from the load-balancing stream without a placement draw:
   * from the first one on, the predictions are out of step, and still nothing changes.
   */
  @Test
  void changesNoResult_whenRetriesPutThePredictionsOutOfStep() {
    Models m = large().grayPartition("node-7", 8, 6);
    m.retries = new RetryConfig(2, 0.05, 2, true);
    m.connectTimeout = 1;
    ModelConfig model = m.build();
    ReplicationOutput with = run(model, true);
    assertTrue(with.outcomes().attemptsPerRequest() > 1, "retries happened");
    assertSameOutput(with, run(model, false));
  }

  private static void assertSameOutput(ReplicationOutput with, ReplicationOutput without) {
    assertTrue(with.outcomes().requests() > 40_000, "requests " + with.outcomes().requests());
    assertArrayEquals(serialized(without.withoutLatency()), serialized(with.withoutLatency()));
    assertEquals(without.latency(), with.latency());
  }

  private static byte[] serialized(ReplicationOutput out) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream o = new ObjectOutputStream(bytes)) {
        o.writeObject(out);
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ReplicationOutput run(ModelConfig model, boolean prefetch) {
    String previous = System.setProperty("kubesim.prefetch", Boolean.toString(prefetch));
    try {
      return Replication.run(model, new ExperimentConfig(20, 5, 1, 1, 5),
          new RandomStreams(3).forReplication(0), false);
    } finally {
      if (previous == null) {
        System.clearProperty("kubesim.prefetch");
      } else {
        System.setProperty("kubesim.prefetch", previous);
      }
    }
  }
}
