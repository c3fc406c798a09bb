package io.kubesim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesim.cluster.Placement;
import io.kubesim.dist.Distribution;
import io.kubesim.experiment.Estimate;
import io.kubesim.experiment.ExperimentResult;
import io.kubesim.experiment.ExperimentRunner;
import io.kubesim.experiment.Models;
import io.kubesim.experiment.ProgressListener;
import io.kubesim.fault.FaultConfig;
import io.kubesim.fault.HostSelector;
import io.kubesim.traffic.DnsConfig;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Cluster DNS against the arithmetic of random endpoint choice: three CoreDNS pods (spread on
 * node-1, node-2, node-3), one of them (node-3's) cut off from the client's node-4. A lookup's
 * first query picks it with probability 1/3. Reusing the socket (glibc) sends the retry to the
 * same pod, so 1/3 of lookups fail after 2 × 5 s; with a fresh pick per try, both tries fail with
 * probability 1/9 and 1/3 − 1/9 = 2/9 succeed after one 5 s timeout.
 */
class ClusterDnsValidationTest {
  private static Models oneOfThreeUnreachable(boolean retrySameSocket) {
    Models m = new Models();
    m.nodes = 4;
    m.replicas = 2;
    m.placement = new Placement(Placement.Strategy.EXPLICIT, List.of("node-1", "node-2"));
    m.clientNodes = List.of("node-4");
    m.rate = 20;
    m.connectTimeout = 30;
    m.requestTimeout = 30;
    m.serviceTime = new Distribution.Constant(0.01);
    DnsConfig d = DnsConfig.defaults();
    m.dns = Optional.of(new DnsConfig(3, d.timeoutSeconds(), d.attempts(), retrySameSocket,
        0, false, d.recordTtlSeconds(), d.queryTime()));
    m.faults.add(new FaultConfig.Partition("cut", 5, Double.POSITIVE_INFINITY,
        HostSelector.ofNodes("node-3"), HostSelector.ofNodes("node-4"),
        FaultConfig.Direction.BOTH));
    return m;
  }

  private static ExperimentResult.VariantResult run(Models m) {
    return ExperimentRunner.run(Models.experiment(150, 10, 10, 77,
        Models.variant("v", m.build())), 2, ProgressListener.none()).variants().get(0);
  }

  private static void assertCovers(Estimate e, double expected) {
    double tolerance = Math.max(e.halfWidth(), 0.005);
    assertEquals(expected, e.mean(), tolerance, "estimate " + e);
  }

  @Test
  void retryOnTheSameSocket_failsTheThirdOfLookupsThatPickedTheUnreachablePod() {
    ExperimentResult.VariantResult v = run(oneOfThreeUnreachable(true));
    assertCovers(v.failures().get("dnsFailure"), 1 / 3.0);
    assertCovers(v.kpis().get("successRate"), 2 / 3.0);
  }

  @Test
  void retryWithANewPick_failsOneNinth_andDelaysTwoNinthsByTheTimeout() {
    ExperimentResult.VariantResult v = run(oneOfThreeUnreachable(false));
    assertCovers(v.failures().get("dnsFailure"), 1 / 9.0);
    assertCovers(v.kpis().get("successRate"), 8 / 9.0);
    // 2/9 of all requests (a quarter of the successes) waited one 5 s timeout: p90 is above 5 s
    double p90 = v.kpis().get("latencyP90Seconds").mean();
    assertTrue(p90 > 5 && p90 < 5.1, "p90 " + p90);
    double p50 = v.kpis().get("latencyP50Seconds").mean();
    assertTrue(p50 < 0.1, "p50 " + p50);
  }

  @Test
  void clusterDnsOff_changesNothing() {
    Models with = oneOfThreeUnreachable(true);
    with.dns = Optional.empty();
    ExperimentResult.VariantResult v = run(with);
    assertEquals(1.0, v.kpis().get("successRate").mean());
    assertEquals(0, v.failures().get("dnsFailure").mean());
  }

  @Test
  void afterALookup_theRequestHasItsWholeRequestTimeout_notTheConnectTimeout() {
    // 4 s of service with a 3 s connect timeout and a 10 s request timeout: the lookup's connect
    // deadline must not cut the request short
    Models m = new Models();
    m.rate = 5;
    m.concurrency = 100;
    m.serviceTime = new Distribution.Constant(4);
    m.connectTimeout = 3;
    m.requestTimeout = 10;
    m.dns = Optional.of(DnsConfig.defaults());
    ExperimentResult.VariantResult v = run(m);
    assertEquals(1.0, v.kpis().get("successRate").mean());
  }
}
