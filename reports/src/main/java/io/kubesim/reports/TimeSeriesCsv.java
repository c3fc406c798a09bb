package io.kubesim.reports;

import io.kubesim.experiment.ExperimentResult;
import io.kubesim.experiment.ExperimentResult.Bucket;
import io.kubesim.experiment.ExperimentResult.VariantResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes the time series as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when
 * they hold a comma, quote or line break), one row per variant and bucket, in variant order then
 * bucket order. Columns are documented in {@code reports/RESULTS.md}: the fixed {@link #COLUMNS},
 * then one {@code failures_<cause>} column per failure cause seen in any bucket. A NaN is an
 * empty field.
 *
 * <p>Text cells (variant names, which come from scenario files) are neutralised against formula
 * injection as OWASP advises: a cell starting with {@code = + - @}, a tab or a carriage return is
 * prefixed with an apostrophe, so a spreadsheet shows it as text instead of evaluating
 * {@code =HYPERLINK(...)}; a text that is a plain number such as {@code -0.5} is left as it is.
 * Number cells are written by kubesim itself and never start with anything but a digit or a
 * minus sign.
 */
public final class TimeSeriesCsv {

  /** The fixed leading columns, in order. */
  public static final List<String> COLUMNS = List.of(
      "variant", "bucketStartSeconds", "requests",
      "successRate", "successRateCiLow", "successRateCiHigh",
      "latencyP50Seconds", "latencyP99Seconds", "readyEndpoints", "exposedFraction");

  /** Prefix of the per-cause failure columns (mean failed requests in the bucket). */
  public static final String FAILURE_COLUMN_PREFIX = "failures_";

  private TimeSeriesCsv() {}

  /**
   * Writes the time series of {@code r} to {@code file} atomically.
   *
   * @throws IOException when the file cannot be written; no partial file is left
   */
  public static void write(ExperimentResult r, Path file) throws IOException {
    byte[] bytes = toCsv(r).getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(file, out -> out.write(bytes));
  }

  /** The exact text {@link #write} writes. */
  static String toCsv(ExperimentResult r) {
    List<String> causes = causes(r);
    StringBuilder out = new StringBuilder();
    List<String> header = new ArrayList<>(COLUMNS);
    causes.forEach(c -> header.add(FAILURE_COLUMN_PREFIX + c));
    row(out, header);
    for (VariantResult v : r.variants()) {
      for (Bucket b : v.timeSeries()) {
        List<String> fields = new ArrayList<>();
        fields.add(text(v.name()));
        fields.add(number(b.startSeconds()));
        fields.add(number(b.requests()));
        fields.add(number(b.successRate().mean()));
        fields.add(number(b.successRate().ciLow()));
        fields.add(number(b.successRate().ciHigh()));
        fields.add(number(b.latencyP50Seconds().mean()));
        fields.add(number(b.latencyP99Seconds().mean()));
        fields.add(number(b.readyEndpoints()));
        fields.add(number(b.exposedFraction()));
        for (String cause : causes) {
          Double failed = b.failures().get(cause);
          fields.add(failed == null ? "0" : number(failed));
        }
        row(out, fields);
      }
    }
    return out.toString();
  }

  private static List<String> causes(ExperimentResult r) {
    Set<String> seen = new LinkedHashSet<>();
    r.variants().forEach(v -> v.timeSeries().forEach(b -> seen.addAll(b.failures().keySet())));
    return ResultsOrder.causeKeys(seen);
  }

  static void row(StringBuilder out, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(quote(fields.get(i)));
    }
    out.append("\r\n");
  }

  private static final Pattern PLAIN_NUMBER =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

  /**
   * A text cell neutralised against formula injection (OWASP "CSV Injection"): one starting with
   * {@code = + - @}, tab or carriage return gets a leading apostrophe, unless it is a plain number.
   */
  static String text(String cell) {
    if (cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0
        || PLAIN_NUMBER.matcher(cell).matches()) {
      return cell;
    }
    return "'" + cell;
  }

  /** RFC 4180 quoting: a field with a comma, quote or line break is quoted, quotes doubled. */
  static String quote(String field) {
    if (field.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }

  static String number(double value) {
    if (Double.isNaN(value)) {
      return "";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }
}
