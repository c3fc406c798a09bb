package io.kubesim.jmh;

import io.kubesim.config.ExperimentConfig;
import io.kubesim.config.ModelConfig;
import io.kubesim.engine.RandomStreams;
import io.kubesim.model.Replication;
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
 * One replication of the headline asymmetric-partition model (5 simulated minutes), on one
 * thread. The {@code requests} counter is simulated requests per wall-clock second; with
 * {@code -prof gc}, {@code gc.alloc.rate.norm} divided by the requests per operation is the
 * allocation per request.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+UseParallelGC"})
@Threads(1)
@State(Scope.Thread)
public class WholeScenario {
  /** Offered load, requests per second. */
  @Param({"600", "20000"})
  public double rate;

  /** Readiness policy: {@code http} (default) or {@code throughput}. */
  @Param({"http", "throughput"})
  public String policy;

  private ModelConfig model;
  private ExperimentConfig settings;
  private RandomStreams streams;
  private int replication;

  /** Builds the model. */
  @Setup(Level.Trial)
  public void setUp() {
    model = BenchmarkModels.asymmetricPartition(rate, policy.equals("throughput"));
    settings = new ExperimentConfig(300, 30, 1, 42, 5);
    streams = new RandomStreams(42);
  }

  /** Runs one replication; returns the requests it counted. */
  @Benchmark
  public double replication(SimulatedRequests counter) {
    var out = Replication.run(model, settings, streams.forReplication(replication++ % 64), false);
    counter.requests += (long) out.outcomes().requests();
    return out.outcomes().successRate();
  }
}
