package io.kubesim.jmh;

import io.kubesim.config.ExperimentConfig;
import io.kubesim.config.ModelConfig;
import io.kubesim.engine.RandomStreams;
import io.kubesim.model.Replication;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scale: 5,000 nodes and 150,000 pods at 100,000 requests/s for 10 simulated minutes, in a 1 GiB
 * heap. The score is wall-clock seconds per run (single shot); divided by 600 it is the time per
 * simulated second (below 1: faster than real time). The peak heap is printed at tear-down, as
 * the sum of the heap pools' peak usages (an upper bound: the pools peak at different times).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:+UseParallelGC"})
@State(Scope.Benchmark)
public class LargeCluster {
  /** Simulated seconds. */
  @Param({"600"})
  public double durationSeconds;

  /** Offered load, requests per second. */
  @Param({"100000"})
  public double rate;

  private ModelConfig model;

  /** Builds the model. */
  @Setup(Level.Trial)
  public void setUp() {
    model = BenchmarkModels.largeCluster(rate);
  }

  /** One replication of the large cluster. */
  @Benchmark
  public double run() {
    return Replication.run(model, new ExperimentConfig(durationSeconds, 10, 1, 1, 10),
        new RandomStreams(1).forReplication(0), false).outcomes().requests();
  }

  /** Prints the peak heap. */
  @TearDown(Level.Trial)
  public void peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf("%nLargeCluster: peak heap %.0f MiB (max %d MiB)%n", peak / 1048576.0,
        Runtime.getRuntime().maxMemory() >> 20);
  }
}
