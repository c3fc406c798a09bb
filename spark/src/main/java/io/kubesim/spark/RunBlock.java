package io.kubesim.spark;

import io.kubesim.engine.RandomStreams;
import io.kubesim.experiment.BlockOutput;
import io.kubesim.experiment.Experiment;
import io.kubesim.experiment.ExperimentRunner;
import io.kubesim.experiment.ReplicationBlock;
import io.kubesim.scenarios.sweep.SweepJob;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;

/**
 * A Spark task's work: one replication block of the broadcast sweep. Runs on an executor; the
 * experiment is rebuilt there from the job's text (once per JVM) and the block draws from its
 * own substreams only.
 */
final class RunBlock implements Function<ReplicationBlock, BlockOutput> {
  private static final long serialVersionUID = 1L;

  /**
   * Blocks whose first attempt fails on purpose, to test that a retried task gives the same
   * result. Only set by tests, in the JVM of an embedded ({@code local[N,F]}) master.
   */
  static final Set<Integer> FAIL_FIRST_ATTEMPT = ConcurrentHashMap.newKeySet();

  /** How many failures were injected (in this JVM). */
  static final java.util.concurrent.atomic.AtomicInteger FAILURES_INJECTED =
      new java.util.concurrent.atomic.AtomicInteger();

  private final Broadcast<SweepJob> job;

  RunBlock(Broadcast<SweepJob> job) {
    this.job = job;
  }

  @Override
  public BlockOutput call(ReplicationBlock block) {
    TaskContext task = TaskContext.get();
    if (task != null && task.attemptNumber() == 0 && FAIL_FIRST_ATTEMPT.contains(block.index())) {
      FAILURES_INJECTED.incrementAndGet();
      throw new IllegalStateException("injected failure of block " + block.index()
          + ", first attempt");
    }
    Experiment experiment = job.value().experiment();
    return ExperimentRunner.runBlock(experiment,
        new RandomStreams(experiment.settings().seed()), block);
  }
}
