package io.kubesim.scenarios.sweep;

import io.kubesim.experiment.Experiment;
import io.kubesim.experiment.ExperimentResult;
import io.kubesim.experiment.ProgressListener;
import java.util.Optional;

/**
 * Runs the replication blocks of a sweep and summarises them. Every engine must give the
 * result {@link io.kubesim.experiment.ExperimentRunner#run} gives: same blocks, each from its own
 * substreams, summarised by {@link io.kubesim.experiment.BlockResults}. Implementations are found
 * with {@link java.util.ServiceLoader} by {@link #name()}.
 */
public interface SweepEngine {
  /**
   * How the engine is asked to run.
   *
   * @param threads in-process worker threads (the local engine)
   * @param master where to run, engine-specific (Spark's {@code local[*]}, {@code k8s://…}); empty
   *     for the engine's default
   */
  record Settings(int threads, Optional<String> master) {}

  /** The name {@code --engine} selects it by. */
  String name();

  /**
   * Runs {@code job}, whose experiment the caller has built as {@code experiment}.
   *
   * @throws IllegalStateException if a block fails for good
   */
  ExperimentResult run(SweepJob job, Experiment experiment, Settings settings,
      ProgressListener progress);
}
