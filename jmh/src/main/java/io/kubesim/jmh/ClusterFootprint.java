package io.kubesim.jmh;

import io.kubesim.config.ExperimentConfig;
import io.kubesim.engine.RandomStreams;
import io.kubesim.model.Replication;
import io.kubesim.world.World;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;

/**
 * Memory footprint of the {@link LargeCluster} model: the heap retained by a replication's world
 * once it is built (every pod created and ready, every probe, heartbeat and arrival scheduled),
 * before it runs. Builds three clusters — 5,000 nodes / 150,000 pods, 5,000 / 75,000 and 2,500 /
 * 75,000 — and derives bytes per pod and per node from their differences. Run with
 * {@code java -cp jmh/target/benchmarks.jar io.kubesim.jmh.ClusterFootprint}.
 */
public final class ClusterFootprint {
  private ClusterFootprint() {}

  /** Prints the retained heap of each cluster, then bytes per pod and per node. */
  public static void main(String[] args) {
    long empty = usedAfterGc();
    long full = retained(5000, 150_000) - empty;
    long halfPods = retained(5000, 75_000) - empty;
    long halfNodes = retained(2500, 75_000) - empty;
    System.out.printf("5,000 nodes / 150,000 pods: %.1f MiB%n", full / 1048576.0);
    System.out.printf("5,000 nodes /  75,000 pods: %.1f MiB%n", halfPods / 1048576.0);
    System.out.printf("2,500 nodes /  75,000 pods: %.1f MiB%n", halfNodes / 1048576.0);
    System.out.printf("per pod:  %.0f bytes%n", (full - halfPods) / 75_000.0);
    System.out.printf("per node: %.0f bytes%n", (halfPods - halfNodes) / 2500.0);
  }

  /** Heap in use, after collections, while a world of this size is held. */
  private static long retained(int nodes, int pods) {
    World w = Replication.build(BenchmarkModels.largeCluster(nodes, pods, 100_000),
        new ExperimentConfig(600, 10, 1, 1, 10), new RandomStreams(1).forReplication(0), false);
    long used = usedAfterGc();
    Reference.reachabilityFence(w);
    return used;
  }

  private static long usedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
