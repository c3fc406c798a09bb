package io.kubesim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.kubesim.engine.EventLists;
import io.kubesim.probe.PeerReachabilityConfig;
import io.kubesim.probe.PeerReachabilityConfig.Action;
import io.kubesim.probe.ProbeCheck;
import io.kubesim.proxy.ServiceConfig;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeterminismTest {
  private static Experiment experiment(long seed) {
    Models base = new Models().grayPartition("node-2", 40, 60);
    Models thr = new Models().grayPartition("node-2", 40, 60);
    thr.readiness = new ProbeCheck.Throughput(200, ProbeCheck.Readmission.AFTER, 30);
    Models lab = new Models().grayPartition("node-2", 40, 60);
    lab.readiness = new ProbeCheck.Throughput(200, ProbeCheck.Readmission.BACKOFF, 0);
    lab.peerReachability = Optional.of(PeerReachabilityConfig.defaults(Action.TAINT));
    lab.lossProbability = 0.02;
    lab.service = new ServiceConfig("web", Map.of("app", "web"), false,
        ServiceConfig.DnsChoice.FIRST, 5, ServiceConfig.SessionAffinity.NONE, 10800,
        ServiceConfig.ExternalTrafficPolicy.CLUSTER, ServiceConfig.TrafficDistribution.PREFER_CLOSE,
        ServiceConfig.InternalTrafficPolicy.CLUSTER);
    return Models.experiment(150, 10, 4, seed,
        Models.variant("default", base.build()), Models.variant("throughput", thr.build()),
        Models.variant("policy-lab", lab.build()));
  }

  @Test
  void sameSeed_oneThreadAndTwoThreads_giveIdenticalResults() {
    ExperimentResult one = ExperimentRunner.run(experiment(7), 1, ProgressListener.none());
    ExperimentResult two = ExperimentRunner.run(experiment(7), 2, ProgressListener.none());
    assertEquals(one, two);
  }

  @Test
  void ladderAndHeapEventLists_giveIdenticalResults() {
    ExperimentResult ladder = ExperimentRunner.run(experiment(7), 1, ProgressListener.none());
    ExperimentResult heap;
    System.setProperty(EventLists.PROPERTY, "heap");
    try {
      heap = ExperimentRunner.run(experiment(7), 1, ProgressListener.none());
    } finally {
      System.clearProperty(EventLists.PROPERTY);
    }
    assertEquals(ladder, heap);
  }

  @Test
  void differentSeeds_giveDifferentResults() {
    ExperimentResult a = ExperimentRunner.run(experiment(7), 2, ProgressListener.none());
    ExperimentResult b = ExperimentRunner.run(experiment(8), 2, ProgressListener.none());
    assertNotEquals(a.variants().get(0).kpis(), b.variants().get(0).kpis());
  }

  @Test
  void identicalVariants_haveZeroPairedDifference_commonRandomNumbers() {
    Models m = new Models().grayPartition("node-2", 40, 60);
    ExperimentResult r = ExperimentRunner.run(Models.experiment(120, 10, 3, 3,
        Models.variant("a", m.build()), Models.variant("b", m.build())), 2,
        ProgressListener.none());
    Estimate d = r.comparisons().get(0).kpis().get("successRate");
    assertEquals(0, d.mean());
    assertEquals(0, d.stdDev());
  }
}
