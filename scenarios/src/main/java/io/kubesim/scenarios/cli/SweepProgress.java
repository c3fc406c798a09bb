package io.kubesim.scenarios.cli;

import io.kubesim.experiment.ProgressListener;
import io.kubesim.experiment.ReplicationBlock;
import java.io.PrintWriter;

/**
 * Progress of a sweep on standard error: points done of total (a point is done when every
 * replication of every variant at it is), replications done, and the estimated time left. On a
 * terminal one line redrawn at most ten times a second; otherwise (a log, a CI job) one line per
 * tenth of the work. Thread-safe.
 *
 * <p>Variants are ordered case by case and declared variant by declared variant, each over every
 * point, so variant {@code v} belongs to point {@code v % points}.
 */
final class SweepProgress implements ProgressListener {
  private final PrintWriter err;
  private final String label;
  private final boolean terminal;
  private final int points;
  private final int[] remaining;
  private final long startNanos = System.nanoTime();
  private int pointsDone;
  private long lastDrawNanos;
  private int lastTenth;

  /**
   * @param points points of the sweep
   * @param variants variants of the experiment (a multiple of {@code points})
   * @param replications replications per variant
   */
  SweepProgress(PrintWriter err, String label, boolean terminal, int points, int variants,
      int replications) {
    this.err = err;
    this.label = TerminalText.clean(label);
    this.terminal = terminal;
    this.points = points;
    this.remaining = new int[points];
    java.util.Arrays.fill(remaining, variants / points * replications);
  }

  @Override
  public synchronized void replicationsDone(int done, int total) {
    long now = System.nanoTime();
    if (terminal) {
      if (done < total && now - lastDrawNanos < 100_000_000L) {
        return;
      }
      lastDrawNanos = now;
      err.print("\r" + line(done, total, (now - startNanos) / 1e9) + "   ");
      if (done >= total) {
        err.println();
      }
    } else {
      int tenth = total == 0 ? 10 : (int) (10L * done / total);
      if (tenth == lastTenth) {
        return;
      }
      lastTenth = tenth;
      err.println(line(done, total, (now - startNanos) / 1e9));
    }
    err.flush();
  }

  @Override
  public synchronized void blockDone(ReplicationBlock block, int done, int total) {
    int p = block.variant() % points;
    if (--remaining[p] == 0) {
      pointsDone++;
    }
    replicationsDone(done, total);
  }

  /** The progress line for {@code done} of {@code total} replications after some time. */
  String line(int done, int total, double elapsedSeconds) {
    String eta = done == 0 ? "--" : ProgressBar.seconds(elapsedSeconds * (total - done) / done);
    return label + ": " + pointsDone + "/" + points + " points, " + done + "/" + total
        + " replications, ETA " + eta;
  }
}
