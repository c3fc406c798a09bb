package io.kubesim.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** Runs every hold-model benchmark once, briefly, so that benchmarks cannot silently break. */
class HoldModelSmokeTest {

  @Test
  void holdModel_everyBenchmarkAtSmallestSize_returnsAScore() throws RunnerException {
    Options options = new OptionsBuilder()
        .include(HoldModel.class.getName() + "\\.")
        .param("size", "1000")
        .param("increments", "EXPONENTIAL")
        .forks(0)
        .warmupIterations(1)
        .warmupTime(TimeValue.milliseconds(50))
        .measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(100))
        .verbosity(VerboseMode.SILENT)
        .build();
    Collection<RunResult> results = new Runner(options).run();
    // 6 lists and the bare reference through the Simulator, the linked list, the
    // PriorityQueue and two floors
    assertEquals(11, results.size());
    for (RunResult result : results) {
      double score = result.getPrimaryResult().getScore();
      assertTrue(score > 0 && Double.isFinite(score),
          result.getParams().getBenchmark() + " " + result.getParams() + " scored " + score);
    }
  }
}
