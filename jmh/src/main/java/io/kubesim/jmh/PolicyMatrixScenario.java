package io.kubesim.jmh;

import io.kubesim.config.ExperimentConfig;
import io.kubesim.engine.RandomStreams;
import io.kubesim.experiment.Experiment;
import io.kubesim.experiment.Variant;
import io.kubesim.model.Replication;
import io.kubesim.scenarios.cli.BundledScenarios;
import io.kubesim.scenarios.spec.Conversion;
import io.kubesim.scenarios.spec.ScenarioLoader;
import java.util.List;
import java.util.Optional;
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
 * One replication of every cell (variant × case) of a bundled scenario, by default the policy
 * matrix {@code gray-failure-policies}, loaded from its YAML as the CLI loads it, on one thread.
 * The score is matrix replications per second; the {@code requests} counter is simulated
 * requests per wall-clock second over all cells, comparable with {@link WholeScenario}'s.
 * It keeps every policy-lab mechanism the matrix configures honest, not only the headline's.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+UseParallelGC"})
@Threads(1)
@State(Scope.Thread)
public class PolicyMatrixScenario {
  /** The bundled scenario to run. */
  @Param({"gray-failure-policies"})
  public String scenario;

  /** Simulated seconds per cell; 0 keeps the scenario's own duration. */
  @Param({"0"})
  public double durationSeconds;

  private List<Variant> cells;
  private ExperimentConfig settings;
  private RandomStreams streams;
  private int replication;

  /** Loads the scenario. */
  @Setup(Level.Trial)
  public void setUp() {
    String text = BundledScenarios.text(scenario)
        .orElseThrow(() -> new IllegalArgumentException("no bundled scenario " + scenario));
    Experiment experiment = ScenarioLoader.withDefaultLimits()
        .load(BundledScenarios.source(scenario), text, List.of(), Optional.empty(),
            new Conversion())
        .experiment();
    cells = experiment.variants();
    ExperimentConfig own = experiment.settings();
    double duration = durationSeconds > 0 ? durationSeconds : own.durationSeconds();
    settings = new ExperimentConfig(duration, Math.min(own.warmUpSeconds(), duration / 2), 1,
        own.seed(), Math.min(own.bucketSeconds(), duration));
    streams = new RandomStreams(own.seed());
  }

  /** Runs one replication of every cell; returns the requests counted. */
  @Benchmark
  public long matrix(SimulatedRequests counter) {
    var replicationStreams = streams.forReplication(replication++ % 16);
    long requests = 0;
    for (Variant cell : cells) {
      var out = Replication.run(cell.model(), settings, replicationStreams, false);
      requests += (long) out.outcomes().requests();
    }
    counter.requests += requests;
    return requests;
  }
}
