package io.kubesim.jmh;

import io.kubesim.engine.RandomStreams;
import io.kubesim.experiment.BlockOutput;
import io.kubesim.experiment.Experiment;
import io.kubesim.experiment.ExperimentRunner;
import io.kubesim.experiment.ReplicationBlock;
import io.kubesim.experiment.Variant;
import io.kubesim.scenarios.cli.BundledScenarios;
import io.kubesim.scenarios.sweep.SweepJob;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One point of a sweep: every variant of one grid point, one replication each, run as the sweep
 * engines run them ({@link ExperimentRunner#runBlock}: the block's own substreams, the outcome
 * summarised and its latency histogram encoded for shipping), on one thread. The grid is
 * {@code sweeps/README.md}'s: the headline scenario over {@code replicas} 3, 6, 9 and the
 * throughput check's {@code minRequests} 100, 300, 600 (9 points, 2 variants each), built from the
 * bundled YAML as {@code kubesim sweep} builds it. Invocations go round the points and the
 * replications, so every point is measured. The score is sweep points per second; the {@code
 * requests} counter is simulated requests per wall-clock second, comparable with {@link
 * WholeScenario}'s: what a sweep adds per block (loading aside) shows as the difference.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+UseParallelGC"})
@Threads(1)
@State(Scope.Thread)
public class SweepPoint {
  /** The bundled scenario swept. */
  @Param({"asymmetric-partition"})
  public String scenario;

  /** The first swept field. */
  static final String REPLICAS = "spec.deployments[web].replicas";
  /** The second swept field. */
  static final String MIN_REQUESTS =
      "spec.variants[throughput].patch.deployments[web].template.readinessProbe.minRequests";

  private Experiment experiment;
  private RandomStreams streams;
  /** Variant indexes of each point, in grid order. */
  private List<int[]> points;
  private int next;

  /** Builds the sweep's experiment as {@code kubesim sweep} does, and groups it by point. */
  @Setup(Level.Trial)
  public void setUp() {
    String text = BundledScenarios.text(scenario)
        .orElseThrow(() -> new IllegalArgumentException("no bundled scenario " + scenario));
    SweepJob job = new SweepJob(BundledScenarios.source(scenario), text, List.of(),
        List.of(new SweepJob.Axis(REPLICAS, List.of("3", "6", "9")),
            new SweepJob.Axis(MIN_REQUESTS, List.of("100", "300", "600"))),
        List.of(), 0);
    experiment = job.experiment();
    streams = new RandomStreams(experiment.settings().seed());
    points = byPoint(experiment.variants());
  }

  /** Variant indexes grouped by their swept parameters (everything but variant and case). */
  static List<int[]> byPoint(List<Variant> variants) {
    Map<Map<String, String>, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < variants.size(); i++) {
      Map<String, String> point = new HashMap<>(variants.get(i).parameters());
      point.remove(Variant.VARIANT_PARAMETER);
      point.remove(Variant.CASE_PARAMETER);
      groups.computeIfAbsent(point, k -> new ArrayList<>()).add(i);
    }
    List<int[]> out = new ArrayList<>();
    for (List<Integer> g : groups.values()) {
      out.add(g.stream().mapToInt(Integer::intValue).toArray());
    }
    return out;
  }

  /** Runs one replication of every variant of the next point; returns the requests simulated. */
  @Benchmark
  public long point(SimulatedRequests counter) {
    int[] variants = points.get(next % points.size());
    int replication = (next / points.size()) % experiment.settings().replications();
    next++;
    long requests = 0;
    for (int v : variants) {
      BlockOutput out = ExperimentRunner.runBlock(experiment, streams,
          new ReplicationBlock(0, v, replication));
      requests += (long) out.output().outcomes().requests();
    }
    counter.requests += requests;
    return requests;
  }

  /** The number of grid points (for the smoke test). */
  int pointCount() {
    return points.size();
  }
}
