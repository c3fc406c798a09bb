package io.kubesim.reports;

import io.kubesim.experiment.ExperimentResult;
import java.io.IOException;
import java.nio.file.Path;

/** Writes and reads the results file ({@code RESULTS.json}); see {@code reports/RESULTS.md}. */
public final class ResultsJson {

  private ResultsJson() {}

  /** Writes {@code r} to {@code file} atomically. */
  public static void write(ExperimentResult r, String kubesimVersion, Path file)
      throws IOException {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** Reads a results file written by {@link #write}. */
  public static ExperimentResult read(Path file) throws IOException {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
