package io.kubesim.reports;

import io.kubesim.experiment.ExperimentResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

/** Writes the self-contained HTML report of an experiment. */
public final class HtmlReport {

  private HtmlReport() {}

  /** Writes the report of {@code r} to {@code file} atomically. */
  public static void write(ExperimentResult r, String kubesimVersion, Instant generatedAt,
      Path file) throws IOException {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
