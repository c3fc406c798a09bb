package io.kubesim.jmh;

import io.kubesim.config.ExperimentConfig;
import io.kubesim.config.ModelConfig;
import io.kubesim.engine.RandomStreams;
import io.kubesim.metrics.ReplicationMetrics;
import io.kubesim.model.Replication;

/**
 * What the large-cluster programs ({@link PrefetchPairs}, {@link LargeClusterTimes}) run: the
 * {@link LargeCluster} model with {@code pods} pods (30 per node) for {@code seconds} simulated
 * seconds, {@code count} times (rounds or runs), as their arguments say.
 */
record LargeClusterRun(double seconds, int count, int pods, ModelConfig model) {

  /**
   * From a program's arguments: simulated seconds, count, pods (default 150,000), each missing one
   * taking its default.
   */
  static LargeClusterRun fromArgs(String[] args, double defaultSeconds, int defaultCount) {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : defaultSeconds;
    int count = args.length > 1 ? Integer.parseInt(args[1]) : defaultCount;
    int pods = args.length > 2 ? Integer.parseInt(args[2]) : 150_000;
    return new LargeClusterRun(seconds, count, pods,
        BenchmarkModels.largeCluster(pods / 30, pods, 100_000));
  }

  /** One replication, seed 1, as the {@link LargeCluster} benchmark runs it. */
  ReplicationMetrics.Outcomes replicate() {
    return Replication.run(model, new ExperimentConfig(seconds, 10, 1, 1, 10),
        new RandomStreams(1).forReplication(0), false).outcomes();
  }
}
