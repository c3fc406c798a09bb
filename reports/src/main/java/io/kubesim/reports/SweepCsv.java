package io.kubesim.reports;

import io.kubesim.experiment.Estimate;
import io.kubesim.experiment.ExperimentResult;
import io.kubesim.experiment.ExperimentResult.VariantResult;
import io.kubesim.experiment.Variant;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a sweep's results as a tidy CSV: one row per point × variant × KPI, with the point's
 * parameter values in the leading columns (one per swept path, in grid order), then {@code case}
 * (for a policy matrix), {@code variant} (the declared variant), {@code kpi}, {@code mean},
 * {@code ciLow}, {@code ciHigh} (95 % Student-t) and {@code n}. Same conventions as
 * {@link TimeSeriesCsv}: RFC 4180 quoting, CRLF line ends, NaN as an empty field, text cells
 * neutralised against formula injection. Documented in {@code reports/RESULTS.md}.
 */
public final class SweepCsv {

  /** The columns after the parameter (and {@code case}) columns. */
  public static final List<String> COLUMNS =
      List.of("variant", "kpi", "mean", "ciLow", "ciHigh", "n");

  private SweepCsv() {}

  /**
   * Writes the sweep table of {@code r} to {@code file} atomically.
   *
   * @throws IllegalArgumentException if {@code r} is not a sweep
   * @throws IOException when the file cannot be written; no partial file is left
   */
  public static void write(ExperimentResult r, Path file) throws IOException {
    byte[] bytes = toCsv(r).getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(file, out -> out.write(bytes));
  }

  /** The exact text {@link #write} writes. */
  static String toCsv(ExperimentResult r) {
    if (r.sweepParameters().isEmpty()) {
      throw new IllegalArgumentException(r.scenario() + " is not a sweep");
    }
    boolean cases = r.variants().stream()
        .anyMatch(v -> v.parameters().containsKey(Variant.CASE_PARAMETER));
    List<String> header = new ArrayList<>(r.sweepParameters());
    if (cases) {
      header.add(Variant.CASE_PARAMETER);
    }
    header.addAll(COLUMNS);
    StringBuilder out = new StringBuilder();
    TimeSeriesCsv.row(out, header.stream().map(TimeSeriesCsv::text).toList());
    for (VariantResult v : r.variants()) {
      Map<String, String> p = v.parameters();
      for (var kpi : v.kpis().entrySet()) {
        List<String> fields = new ArrayList<>();
        r.sweepParameters().forEach(path -> fields.add(TimeSeriesCsv.text(p.getOrDefault(path, ""))));
        if (cases) {
          fields.add(TimeSeriesCsv.text(p.getOrDefault(Variant.CASE_PARAMETER, "")));
        }
        fields.add(TimeSeriesCsv.text(p.getOrDefault(Variant.VARIANT_PARAMETER, v.name())));
        fields.add(kpi.getKey());
        Estimate e = kpi.getValue();
        fields.add(TimeSeriesCsv.number(e.mean()));
        fields.add(TimeSeriesCsv.number(e.ciLow()));
        fields.add(TimeSeriesCsv.number(e.ciHigh()));
        fields.add(Integer.toString(e.n()));
        TimeSeriesCsv.row(out, fields);
      }
    }
    return out.toString();
  }
}
