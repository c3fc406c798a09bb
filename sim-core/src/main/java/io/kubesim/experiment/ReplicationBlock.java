package io.kubesim.experiment;

import java.io.Serializable;

/**
 * The unit of work of an experiment: replication {@code replication} of variant {@code variant}
 * (for a sweep, a variant is one point × declared variant × case). Its random numbers come from
 * substream {@code replication} of every purpose's stream and nothing else, so a block gives the
 * same output whichever engine, thread, executor or task attempt runs it.
 *
 * @param index position of the block in {@link ExperimentRunner#blocks(Experiment)}
 * @param variant index of the variant in {@link Experiment#variants()}
 * @param replication 0-based replication index
 */
public record ReplicationBlock(int index, int variant, int replication) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Canonical constructor: non-negative indexes. */
  public ReplicationBlock {
    if (index < 0 || variant < 0 || replication < 0) {
      throw new IllegalArgumentException("block indexes must be >= 0, got (" + index + ", "
          + variant + ", " + replication + ")");
    }
  }
}
