package io.kubesim.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesim.scenarios.cli.Environment;
import io.kubesim.scenarios.cli.Main;
import io.kubesim.scenarios.sweep.SweepEngines;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark engine gives byte-for-byte the local engine's results: same grid, an embedded
 * {@code local[2,2]} master (two executor threads, a task may fail once), with one block's first
 * attempt failing on purpose so that Spark retries it.
 */
class SparkSweepEngineTest {
  private static final List<String> GRID = List.of("sweep", "asymmetric-partition",
      "--param", "spec.deployments[web].replicas", "--values", "3,6",
      "--param", "spec.variants[throughput].patch.deployments[web].template.readinessProbe"
          + ".minRequests", "--values", "100,300",
      "--set", "spec.experiment.duration=75s", "--set", "spec.experiment.warmUp=5s",
      "--set", "spec.faults[gray-partition].at=20s", "--set",
      "spec.faults[gray-partition].duration=30s", "--set", "spec.thresholds=",
      "--replications", "2", "--format", "json,csv");

  @AfterEach
  void clearInjectedFailures() {
    RunBlock.FAIL_FIRST_ATTEMPT.clear();
  }

  private record Run(int exit, String err) {}

  private static Run sweep(Path out, String... extra) {
    List<String> args = new ArrayList<>(GRID);
    args.addAll(List.of("--out", out.toString()));
    args.addAll(List.of(extra));
    StringWriter err = new StringWriter();
    Environment env = new Environment(new PrintWriter(new StringWriter(), true),
        new PrintWriter(err, true), false);
    int exit = Main.execute(env, args.toArray(new String[0]));
    return new Run(exit, err.toString());
  }

  @Test
  void engine_isFoundByName() {
    assertEquals(SparkSweepEngine.NAME, SweepEngines.find("spark").orElseThrow().name());
  }

  @Test
  void sparkLocal2_withARetriedTask_writesTheLocalEnginesBytes(@TempDir Path tmp)
      throws Exception {
    Run local = sweep(tmp.resolve("local"), "--engine", "local", "--threads", "2");
    assertEquals(0, local.exit(), local.err());

    RunBlock.FAILURES_INJECTED.set(0);
    RunBlock.FAIL_FIRST_ATTEMPT.add(5);
    Run spark = sweep(tmp.resolve("spark"), "--engine", "spark", "--master", "local[2,2]");
    assertEquals(0, spark.exit(), spark.err());
    assertEquals(1, RunBlock.FAILURES_INJECTED.get(), "block 5 failed once, then was retried");
    assertTrue(spark.err().contains("4/4 points, 16/16 replications"), spark.err());

    for (String file : List.of("results.json", "sweep.csv")) {
      assertArrayEquals(Files.readAllBytes(tmp.resolve("local").resolve(file)),
          Files.readAllBytes(tmp.resolve("spark").resolve(file)), file);
    }
  }
}
