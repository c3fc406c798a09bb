package io.kubesim.reports;

import io.kubesim.experiment.ExperimentResult;
import java.io.IOException;
import java.nio.file.Path;

/** Writes the time series as CSV, one row per variant and bucket; see {@code RESULTS.md}. */
public final class TimeSeriesCsv {

  private TimeSeriesCsv() {}

  /** Writes the time series of {@code r} to {@code file} atomically. */
  public static void write(ExperimentResult r, Path file) throws IOException {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
