package io.kubesim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesim.dist.Distribution;
import io.kubesim.experiment.ExperimentResult;
import io.kubesim.experiment.ExperimentRunner;
import io.kubesim.experiment.Models;
import io.kubesim.experiment.ProgressListener;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

/**
 * A one-second gray partition against the arithmetic of TCP retransmission: segments blocked by
 * the cut are delivered at the first retransmission (RTO 0.2, 0.6, 1.4 s after the first send)
 * after the heal, if the client still waits.
 */
class DataRetransmissionValidationTest {
  private static final double CUT_AT = 30;
  private static final double RATE = 60;

  /** node-1's clients, six pods without queueing, 0.5 s constant service, node-3 cut for 1 s. */
  private static Models shortCut(double requestTimeout) {
    Models m = new Models().grayPartition("node-3", CUT_AT, 1);
    m.clientNodes = List.of("node-1");
    m.rate = RATE;
    m.concurrency = 200;
    m.serviceTime = new Distribution.Constant(0.5);
    m.requestTimeout = requestTimeout;
    return m;
  }

  private static ExperimentResult.VariantResult run(Models m, long seed) {
    return ExperimentRunner.run(Models.experiment(60, 10, 1, seed,
        Models.variant("v", m.build())), 1, ProgressListener.none()).variants().get(0);
  }

  @Test
  void shortCut_withALongDeadline_losesNoRequest_andCountsInFlightOnesDuringTheFault() {
    // Requests in flight at the cut (responses blocked), and connections opened during it (the
    // SYN is retransmitted after 1 s), all finish once the cut heals: nothing fails.
    for (long seed = 1; seed <= 3; seed++) {
      ExperimentResult.VariantResult v = run(shortCut(5), seed);
      assertEquals(1.0, v.kpis().get("successRate").mean());
      assertEquals(1.0, v.kpis().get("successRateDuringFault").mean());
      // the delayed ones are there: the SYN retransmission adds 1 s to 1/6 of a second's traffic
      assertTrue(v.kpis().get("latencyP999Seconds").mean() > 1.0);
    }
  }

  @Test
  void shortCut_withA1point2sDeadline_failsExactlyTheRequestsRetransmittedTooLate() {
    // With a 1.2 s deadline: a response first sent at x in [30, 30.4) is next retransmitted at
    // x + 1.4 s (too late: 0.5 + 1.4 > 1.2); one sent in [30.4, 31) gets through at x + 0.2 or
    // x + 0.6 (in time). A connection opened in [30, 31) is set up 1 s later and then needs
    // 0.5 s of service (too late). Failures per replication: Poisson with mean RATE / 6 × 1.4 =
    // 14. Dropping the blocked responses instead would fail RATE / 6 × 2 = 20.
    int reps = 20;
    double[] failures = new double[reps];
    for (int r = 0; r < reps; r++) {
      ExperimentResult.VariantResult v = run(shortCut(1.2), 500 + r);
      double requests = v.kpis().get("requests").mean();
      failures[r] = Math.round(requests * (1 - v.kpis().get("successRate").mean()));
    }
    double mean = 0;
    for (double f : failures) {
      mean += f / reps;
    }
    double var = 0;
    for (double f : failures) {
      var += (f - mean) * (f - mean) / (reps - 1);
    }
    double half = new TDistribution(reps - 1).inverseCumulativeProbability(0.995)
        * Math.sqrt(var / reps);
    double expected = RATE / 6 * 1.4;
    assertTrue(Math.abs(mean - expected) <= half,
        "failures per replication " + mean + " ± " + half + ", expected " + expected);
  }

  @Test
  void shortCut_keepAliveConnections_deliverAfterTheHeal() {
    // Pooled connections stay on their pods: requests sent to node-3's pod during a 1 s cut are
    // retransmitted and answered after the heal instead of timing out.
    for (long seed = 1; seed <= 3; seed++) {
      Models m = shortCut(5);
      m.connections = new io.kubesim.traffic.ConnectionConfig(true, 8, 90);
      ExperimentResult.VariantResult v = run(m, seed);
      assertEquals(1.0, v.kpis().get("successRate").mean());
      assertTrue(v.kpis().get("latencyP999Seconds").mean() > 0.7,
          "some requests waited for a retransmission: " + v.kpis());
    }
  }
}
