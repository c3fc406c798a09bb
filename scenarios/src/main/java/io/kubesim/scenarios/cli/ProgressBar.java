package io.kubesim.scenarios.cli;

import io.kubesim.experiment.ProgressListener;
import java.io.PrintWriter;

/**
 * A one-line progress bar on standard error: replications done of total, and the estimated time
 * left. Redrawn at most ten times a second; thread-safe.
 */
final class ProgressBar implements ProgressListener {
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final String label;
  private final long startNanos = System.nanoTime();
  private long lastDrawNanos;

  ProgressBar(PrintWriter err, String label) {
    this.err = err;
    this.label = TerminalText.clean(label);
  }

  @Override
  public synchronized void replicationsDone(int done, int total) {
    long now = System.nanoTime();
    if (done < total && now - lastDrawNanos < 100_000_000L) {
      return;
    }
    lastDrawNanos = now;
    err.print("\r" + line(done, total, (now - startNanos) / 1e9));
    if (done >= total) {
      err.print("\r" + " ".repeat(WIDTH + label.length() + 40) + "\r");
    }
    err.flush();
  }

  /** The bar for {@code done} of {@code total} after {@code elapsedSeconds}. */
  String line(int done, int total, double elapsedSeconds) {
    int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
    String eta = done == 0 ? "--" : seconds(elapsedSeconds * (total - done) / done);
    return label + " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/"
        + total + " replications, ETA " + eta;
  }

  static String seconds(double s) {
    return s >= 60 ? (long) (s / 60) + "m" + (long) (s % 60) + "s" : (long) Math.ceil(s) + "s";
  }
}
