package io.kubesim.jmh;

import io.kubesim.metrics.ReplicationMetrics;

/**
 * The {@link LargeCluster} model run several times in one JVM, each run's wall-clock seconds on
 * one line after the first run's outcome (requests, success rate, p99), so that two jars can be
 * compared by running them alternately, many times, and their outcomes checked equal; the first
 * run is warm-up. Arguments: simulated seconds (default 60), runs (default 2), pods (default
 * 150,000, 30 per node). Run with
 * {@code java -Xmx1g -XX:+UseParallelGC -cp jmh/target/benchmarks.jar io.kubesim.jmh.LargeClusterTimes}.
 */
public final class LargeClusterTimes {
  private LargeClusterTimes() {}

  /** Runs and prints. */
  public static void main(String[] args) {
    LargeClusterRun run = LargeClusterRun.fromArgs(args, 60, 2);
    StringBuilder line = new StringBuilder();
    for (int r = 0; r < run.count(); r++) {
      long start = System.nanoTime();
      ReplicationMetrics.Outcomes o = run.replicate();
      double wall = (System.nanoTime() - start) / 1e9;
      if (r == 0) {
        line.append(String.format("[%.0f requests, success %s, p99 %s] ", o.requests(),
            o.successRate(), o.p99()));
      }
      line.append(String.format("%.2f ", wall));
    }
    System.out.println(line.toString().trim());
  }
}
