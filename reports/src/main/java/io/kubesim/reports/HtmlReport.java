package io.kubesim.reports;

import io.kubesim.experiment.ExperimentResult;
import io.kubesim.reports.html.ReportTemplate;
import io.kubesim.reports.html.ReportViewBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Writes the self-contained HTML report of an experiment: verdict and KPI table first, then the
 * fault timeline, charts (PNG data URIs, no external resources), failures, pods, sweep charts and
 * the scenario file. Built from the results alone, so a re-read {@code results.json} gives the
 * same report.
 */
public final class HtmlReport {

  private HtmlReport() {}

  /**
   * Writes the report of {@code r} to {@code file} atomically.
   *
   * @param kubesimVersion the version shown in the header
   * @param generatedAt when the report was made, shown in the header (UTC)
   * @throws IOException when the file cannot be written; no partial file is left
   */
  public static void write(ExperimentResult r, String kubesimVersion, Instant generatedAt,
      Path file) throws IOException {
    byte[] html = render(r, kubesimVersion, generatedAt).getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(file, out -> out.write(html));
  }

  /** The report as a string. */
  static String render(ExperimentResult r, String kubesimVersion, Instant generatedAt) {
    return ReportTemplate.render(ReportViewBuilder.build(r, kubesimVersion, generatedAt));
  }
}
