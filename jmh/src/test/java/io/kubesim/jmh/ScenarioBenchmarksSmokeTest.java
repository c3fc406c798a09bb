package io.kubesim.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** Runs the whole-scenario benchmarks once, at a small size, so that they cannot silently break. */
class ScenarioBenchmarksSmokeTest {

  private static Collection<RunResult> once(Class<?> benchmark, String... params) throws RunnerException {
    OptionsBuilder b = new OptionsBuilder();
    b.include(benchmark.getName() + "\\.")
        .forks(0)
        .mode(Mode.SingleShotTime)
        .warmupIterations(0)
        .measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(1))
        .verbosity(VerboseMode.SILENT);
    for (int i = 0; i < params.length; i += 2) {
      b.param(params[i], params[i + 1]);
    }
    Options options = b.build();
    return new Runner(options).run();
  }

  private static void assertScored(Collection<RunResult> results, int expected) {
    assertEquals(expected, results.size());
    for (RunResult r : results) {
      double score = r.getPrimaryResult().getScore();
      assertTrue(score > 0 && Double.isFinite(score), r.getParams() + " scored " + score);
    }
  }

  @Test
  void wholeScenario_bothPolicies_run() throws RunnerException {
    assertScored(once(WholeScenario.class, "rate", "600"), 2);
  }

  @Test
  void replicationScaling_runsOnTwoThreads() throws RunnerException {
    assertScored(once(ReplicationScaling.class, "threads", "2"), 1);
  }

  @Test
  void largeCluster_buildsAndRunsBriefly() throws RunnerException {
    assertScored(once(LargeCluster.class, "durationSeconds", "20", "rate", "1000"), 1);
  }

  @Test
  void policyMatrix_loadsTheBundledScenarioAndRunsEveryCell() throws RunnerException {
    assertScored(once(PolicyMatrixScenario.class, "durationSeconds", "5"), 1);
  }

  @Test
  void sweepPoint_runsOnePointOfTheReadmeGrid() throws RunnerException {
    assertScored(once(SweepPoint.class), 1);
  }

  @Test
  void sweepPoint_groupsTheGridIntoNinePoints() {
    SweepPoint bench = new SweepPoint();
    bench.scenario = "asymmetric-partition";
    bench.setUp();
    assertEquals(9, bench.pointCount());
  }
}
