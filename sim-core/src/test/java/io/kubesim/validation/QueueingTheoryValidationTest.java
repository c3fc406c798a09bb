package io.kubesim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesim.config.ExperimentConfig;
import io.kubesim.config.ModelConfig;
import io.kubesim.dist.Distribution;
import io.kubesim.engine.RandomStreams;
import io.kubesim.experiment.Estimate;
import io.kubesim.experiment.Estimates;
import io.kubesim.experiment.Models;
import io.kubesim.metrics.ReplicationOutput;
import io.kubesim.model.Replication;
import io.kubesim.traffic.Arrivals;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * One pod with no network delay and no probe traffic is an M/M/c/K station: its simulated
 * response times and blocking must match queueing theory (Kleinrock, Queueing Systems Vol. 1,
 * §3.2–3.6; Erlang C and the M/M/c/K loss formula), within the 95 % confidence interval of
 * independent replications plus the histogram's 0.1 % resolution.
 */
class QueueingTheoryValidationTest {
  private static final int REPLICATIONS = 10;

  private static Models singlePod(int c, int queue, double lambda, double mu) {
    Models m = new Models();
    m.nodes = 1;
    m.replicas = 1;
    m.concurrency = c;
    m.queueCapacity = queue;
    m.rate = lambda;
    m.serviceTime = new Distribution.Exponential(1 / mu);
    m.hop = new Distribution.Constant(0);
    m.readiness = null;
    m.requestTimeout = 3600;
    return m;
  }

  private static Estimate measure(ModelConfig model, double duration, long seed,
      ToDoubleFunction<ReplicationOutput> f) {
    RandomStreams streams = new RandomStreams(seed);
    ExperimentConfig settings = new ExperimentConfig(duration, 100, REPLICATIONS, seed, 100);
    double[] xs = new double[REPLICATIONS];
    for (int r = 0; r < REPLICATIONS; r++) {
      xs[r] = f.applyAsDouble(Replication.run(model, settings, streams.forReplication(r), false));
    }
    return Estimates.of(xs);
  }

  private static void assertCovers(Estimate e, double expected, String what) {
    double slack = 0.002 * Math.abs(expected);
    assertTrue(e.ciLow() - slack <= expected && expected <= e.ciHigh() + slack,
        what + ": expected " + expected + " within [" + e.ciLow() + ", " + e.ciHigh() + "]");
    assertTrue(e.halfWidth() < 0.05 * Math.abs(expected), what + ": CI too wide to tell: " + e);
  }

  private static double meanResponseSeconds(ReplicationOutput o) {
    return o.latency().getMean() / 1e6;
  }

  @Test
  void mm1_meanResponseTime_matchesOneOverMuMinusLambda() {
    double lambda = 40;
    double mu = 50;
    Estimate t = measure(singlePod(1, 100_000, lambda, mu).build(), 4000, 1,
        QueueingTheoryValidationTest::meanResponseSeconds);
    assertCovers(t, 1 / (mu - lambda), "M/M/1 E[T]");
  }

  @Test
  void mmc_meanWait_matchesErlangC() {
    int c = 4;
    double lambda = 160;
    double mu = 50;
    double expected = QueueingFormulas.erlangCWait(c, lambda, mu) + 1 / mu;
    Estimate t = measure(singlePod(c, 100_000, lambda, mu).build(), 2000, 2,
        QueueingTheoryValidationTest::meanResponseSeconds);
    assertCovers(t, expected, "M/M/4 E[T]");
  }

  @Test
  void mmcK_blockingProbability_matchesLossFormula() {
    int c = 2;
    int k = 5;
    double lambda = 100;
    double mu = 50;
    double expected = QueueingFormulas.mmckBlocking(c, k, lambda, mu);
    Estimate blocked = measure(singlePod(c, k - c, lambda, mu).build(), 2000, 3,
        o -> o.outcomes().failureFractions()[io.kubesim.metrics.FailureCause.SERVICE_UNAVAILABLE.ordinal()]);
    assertCovers(blocked, expected, "M/M/2/5 blocking");
  }

  @Test
  void closedLoop_throughputTimesCycle_equalsUsers_littlesLaw() {
    int users = 40;
    double think = 0.5;
    Models m = singlePod(4, 100_000, 0, 50);
    m.arrivals = new Arrivals.ClosedLoop(users, new Distribution.Exponential(think));
    double duration = 2000;
    double warmUp = 100;
    Estimate n = measure(m.build(), duration, 4, o -> {
      double x = o.outcomes().requests() / (duration - warmUp);
      double r = meanResponseSeconds(o);
      return x * (r + think);
    });
    assertCovers(n, users, "N = X (R + Z)");
  }

  @Test
  void erlangFormulas_matchTextbookValues() {
    // Kleinrock's M/M/1 limit: c = 1 reduces Erlang C to rho / (mu - lambda).
    assertEquals(0.08, QueueingFormulas.erlangCWait(1, 40, 50), 1e-12);
    // M/M/1/K blocking: (1 - rho) rho^K / (1 - rho^(K+1)).
    double rho = 0.8;
    assertEquals((1 - rho) * Math.pow(rho, 3) / (1 - Math.pow(rho, 4)),
        QueueingFormulas.mmckBlocking(1, 3, 40, 50), 1e-12);
  }
}
