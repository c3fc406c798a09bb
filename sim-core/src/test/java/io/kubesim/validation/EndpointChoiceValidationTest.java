package io.kubesim.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesim.dist.Distribution;
import io.kubesim.experiment.Estimate;
import io.kubesim.experiment.ExperimentResult;
import io.kubesim.experiment.ExperimentRunner;
import io.kubesim.experiment.Models;
import io.kubesim.experiment.ProgressListener;
import io.kubesim.fault.FaultConfig;
import io.kubesim.fault.HostSelector;
import io.kubesim.probe.ProbeCheck;
import io.kubesim.traffic.RetryConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The probability arithmetic of random endpoint choice. With n endpoints of which k cannot be
 * reached from the client's node, a uniformly random pick fails with probability k/n; with r
 * retries that each open a new connection (and so pick again), (k/n)^(r+1); with retries pinned to
 * the same endpoint over an established connection, still k/n. A connect failure leaves no
 * connection to pin a retry to, so its retries pick again whatever the setting. The partition lasts to the end of the run so that no heal leaks
 * into the during-fault window.
 */
class EndpointChoiceValidationTest {

  /** Clients on node-1 only, 300 requests/s, connect timeout 1 s, request timeout 2 s. */
  private static Models clientOnNode1() {
    Models m = new Models();
    m.clientNodes = List.of("node-1");
    m.rate = 300;
    m.connectTimeout = 1;
    m.requestTimeout = 2;
    m.hop = new Distribution.Constant(0.0002);
    return m;
  }

  private static Models clientOnNode1WithUnreachable(int k) {
    Models m = clientOnNode1();
    String[] cut = new String[k];
    for (int i = 0; i < k; i++) {
      cut[i] = "node-" + (m.nodes - i);
    }
    m.faults.add(new FaultConfig.Partition("cut", 30, Double.POSITIVE_INFINITY,
        HostSelector.ofNodes(cut), HostSelector.ofNodes("node-1"), FaultConfig.Direction.BOTH));
    return m;
  }

  private static Estimate failureDuringFault(Models m) {
    ExperimentResult r = ExperimentRunner.run(
        Models.experiment(330, 20, 8, 11, Models.variant("v", m.build())), 2,
        ProgressListener.none());
    Estimate ok = r.variants().get(0).kpis().get("successRateDuringFault");
    return new Estimate(1 - ok.mean(), 1 - ok.ciHigh(), 1 - ok.ciLow(), ok.stdDev(), ok.n());
  }

  private static void assertCovers(Estimate e, double expected) {
    double slack = 0.002;
    assertTrue(e.ciLow() - slack <= expected && expected <= e.ciHigh() + slack,
        "expected " + expected + " within [" + e.ciLow() + ", " + e.ciHigh() + "]");
  }

  @Test
  void randomChoice_failsWithProbabilityKOverN() {
    assertCovers(failureDuringFault(clientOnNode1WithUnreachable(2)), 2.0 / 6);
  }

  @Test
  void retriesOnNewConnections_failWithProbabilityKOverNToTheRetriesPlusOne() {
    Models m = clientOnNode1WithUnreachable(3);
    m.retries = new RetryConfig(2, 0.01, 1, true);
    assertCovers(failureDuringFault(m), Math.pow(3.0 / 6, 3));
  }

  @Test
  void retriesAfterConnectFailures_pickAgainEvenWhenConnectionsAreKept() {
    // newConnection: false keeps an established connection; a connect timeout leaves none.
    Models m = clientOnNode1WithUnreachable(3);
    m.retries = new RetryConfig(2, 0.01, 1, false);
    assertCovers(failureDuringFault(m), Math.pow(3.0 / 6, 3));
  }

  /** Clients on node-1; k pods answer only after 10 s (no readiness probe removes them). */
  private static Models clientOnNode1WithStalledPods(int k) {
    Models m = clientOnNode1();
    m.readiness = null;
    List<Integer> stalled = new java.util.ArrayList<>();
    for (int i = 0; i < k; i++) {
      stalled.add(i);
    }
    m.faults.add(new FaultConfig.SlowPod("stall", 30, Double.POSITIVE_INFINITY,
        new io.kubesim.fault.PodSelector("web", stalled, java.util.Optional.empty()), 1,
        new Distribution.Constant(10)));
    return m;
  }

  @Test
  void retriesOverAnEstablishedConnection_stayPinnedAndDoNotHelp() {
    Models m = clientOnNode1WithStalledPods(2);
    m.retries = new RetryConfig(2, 0.01, 1, false);
    assertCovers(failureDuringFault(m), 2.0 / 6);
  }

  @Test
  void retriesOnNewConnectionsAfterARequestTimeout_pickAgain() {
    Models m = clientOnNode1WithStalledPods(2);
    m.retries = new RetryConfig(2, 0.01, 1, true);
    assertCovers(failureDuringFault(m), Math.pow(2.0 / 6, 3));
  }

  @Test
  void grayPartition_defaultFailsAsRandomChoiceSays_throughputCheckDoesSignificantlyBetter() {
    // Clients on every node. Node-3's clients reach only its own pod (5/6 of picks fail); the
    // other nodes' clients fail when they pick node-3's pod (1/6): 2 · (1/6)(5/6) in all.
    Models base = new Models().grayPartition("node-3", 60, Double.POSITIVE_INFINITY);
    base.connectTimeout = 2;
    base.requestTimeout = 3;
    Models throughput = new Models().grayPartition("node-3", 60, Double.POSITIVE_INFINITY);
    throughput.connectTimeout = 2;
    throughput.requestTimeout = 3;
    throughput.readiness = new ProbeCheck.Throughput(300, ProbeCheck.Readmission.NONE, 0);
    ExperimentResult r = ExperimentRunner.run(Models.experiment(360, 30, 10, 5,
        Models.variant("default", base.build()), Models.variant("throughput", throughput.build())),
        2, ProgressListener.none());
    Estimate def = r.variants().get(0).kpis().get("successRateDuringFault");
    double expected = 1 - 2 * (1.0 / 6) * (5.0 / 6);
    assertTrue(def.ciLow() - 0.002 <= expected && expected <= def.ciHigh() + 0.002,
        "default " + def + " vs " + expected);
    Estimate diff = r.comparisons().get(0).kpis().get("successRateDuringFault");
    assertTrue(diff.excludesZero() && diff.mean() > 0.05, "paired difference " + diff);
  }
}
