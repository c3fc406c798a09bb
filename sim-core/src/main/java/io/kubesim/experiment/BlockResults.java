package io.kubesim.experiment;

import io.kubesim.metrics.ReplicationOutput;
import org.HdrHistogram.Histogram;

/**
 * Collects the outputs of an experiment's blocks, in any order and from any thread, and
 * summarises them once all have arrived. Each output is placed by its (variant, replication)
 * index and latency histograms are pooled by addition (which is commutative), so the summary does
 * not depend on the order in which blocks finished, nor on how often a block was run: a block
 * delivered twice (a retried task) must carry the same output and is kept once.
 */
public final class BlockResults {
  private final Experiment experiment;
  private final ReplicationOutput[][] outputs;
  private final Histogram[] pooled;
  private int received;

  /** An empty collection for {@code experiment}. */
  public BlockResults(Experiment experiment) {
    this.experiment = experiment;
    int variants = experiment.variants().size();
    outputs = new ReplicationOutput[variants][experiment.settings().replications()];
    pooled = new Histogram[variants];
    for (int v = 0; v < variants; v++) {
      pooled[v] = new Histogram(3_600_000_000L, 3);
    }
  }

  /**
   * Adds one block's output; returns whether it was new.
   *
   * @throws IllegalArgumentException if the block is not one of the experiment's
   */
  public synchronized boolean add(BlockOutput out) {
    ReplicationBlock b = out.block();
    if (b.variant() >= outputs.length || b.replication() >= outputs[b.variant()].length) {
      throw new IllegalArgumentException("block " + b + " is not part of experiment "
          + experiment.name());
    }
    if (outputs[b.variant()][b.replication()] != null) {
      return false;
    }
    pooled[b.variant()].add(out.latencyHistogram());
    outputs[b.variant()][b.replication()] = out.output();
    received++;
    return true;
  }

  /** Blocks received so far. */
  public synchronized int received() {
    return received;
  }

  /**
   * The experiment's result.
   *
   * @throws IllegalStateException if a block is missing
   */
  public synchronized ExperimentResult summarise() {
    for (int v = 0; v < outputs.length; v++) {
      for (int r = 0; r < outputs[v].length; r++) {
        if (outputs[v][r] == null) {
          throw new IllegalStateException("no output for replication " + r + " of variant "
              + experiment.variants().get(v).name());
        }
      }
    }
    return Summaries.summarise(experiment, outputs, pooled);
  }
}
