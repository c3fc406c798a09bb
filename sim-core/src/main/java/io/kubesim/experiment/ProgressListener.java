package io.kubesim.experiment;

/** Told when a replication finishes; called from worker threads, so implementations must be thread-safe. */
@FunctionalInterface
public interface ProgressListener {
  /** {@code done} of {@code total} replications (all variants) have finished. */
  void replicationsDone(int done, int total);

  /** A listener that ignores progress. */
  static ProgressListener none() {
    return (done, total) -> { };
  }
}
