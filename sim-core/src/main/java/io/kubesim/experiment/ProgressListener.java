package io.kubesim.experiment;

/** Told when a replication finishes; called from worker threads, so implementations must be thread-safe. */
@FunctionalInterface
public interface ProgressListener {
  /** {@code done} of {@code total} replications (all variants) have finished. */
  void replicationsDone(int done, int total);

  /**
   * Block {@code block} has finished, the {@code done}-th of {@code total}; by default just
   * {@link #replicationsDone}.
   */
  default void blockDone(ReplicationBlock block, int done, int total) {
    replicationsDone(done, total);
  }

  /** A listener that ignores progress. */
  static ProgressListener none() {
    return (done, total) -> { };
  }
}
