package io.kubesim.jmh;

import io.kubesim.config.ExperimentConfig;
import io.kubesim.experiment.Experiment;
import io.kubesim.experiment.ExperimentResult;
import io.kubesim.experiment.ExperimentRunner;
import io.kubesim.experiment.ProgressListener;
import io.kubesim.experiment.Variant;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Replications per wall-clock second of the headline experiment (both variants, 8 paired
 * replications, 5 simulated minutes each at 6,000 requests/s) on 1 and on 2 runner threads; the
 * ratio of the two is the parallel speed-up.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 4, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+UseParallelGC"})
@State(Scope.Benchmark)
public class ReplicationScaling {
  private static final int REPLICATIONS = 8;

  /** Runner threads. */
  @Param({"1", "2"})
  public int threads;

  private Experiment experiment;

  /** Builds the experiment. */
  @Setup(Level.Trial)
  public void setUp() {
    experiment = new Experiment("asymmetric-partition", "", new ExperimentConfig(300, 30,
        REPLICATIONS, 42, 5), List.of(
            new Variant("default", Map.of(), BenchmarkModels.asymmetricPartition(6000, false)),
            new Variant("throughput", Map.of(), BenchmarkModels.asymmetricPartition(6000, true))),
        List.of(), "");
  }

  /** One experiment: 2 variants × 8 replications. Scores are experiments per second. */
  @Benchmark
  public ExperimentResult experiment() {
    return ExperimentRunner.run(experiment, threads, ProgressListener.none());
  }
}
