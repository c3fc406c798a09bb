package io.kubesim.scenarios.spec;

import io.kubesim.scenarios.schema.FieldType;
import io.kubesim.scenarios.schema.Suggest;
import io.kubesim.scenarios.yaml.ScalarNode;
import io.kubesim.scenarios.yaml.ScalarNode.Kind;
import io.kubesim.scenarios.yaml.ScenarioException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Conversions of scalars to values, each failing with "expected …, got …" at the scalar. */
public final class Values {
  private Values() {}

  private static final Pattern DURATION_PART =
      Pattern.compile("(\\d+(?:\\.\\d+)?)(us|µs|ms|s|m|h|d)");
  private static final Pattern DURATION =
      Pattern.compile("(?:\\d+(?:\\.\\d+)?(?:us|µs|ms|s|m|h|d))+");
  private static final Pattern RATE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*/\\s*(s|m|h)");
  private static final Pattern PERCENT = Pattern.compile("(\\d{1,3})%");
  private static final Pattern THRESHOLD =
      Pattern.compile("(>=|<=|==|>|<)\\s*(\\S+)");

  /** A duration in seconds; {@code forever} is positive infinity where the type allows it. */
  public static double seconds(ScalarNode n, FieldType.Duration type, String path) {
    String text = n.kind() == Kind.NULL ? "" : n.text().strip();
    if (type.forever() && text.equals("forever")) {
      return Double.POSITIVE_INFINITY;
    }
    String expected = "a duration like 30s" + (type.forever() ? " or forever" : "");
    if (text.equals("0") && n.kind() == Kind.INTEGER) {
      return 0;
    }
    if (n.kind() != Kind.STRING || !DURATION.matcher(text).matches()) {
      throw fail(n, path, expected);
    }
    double total = 0;
    Matcher m = DURATION_PART.matcher(text);
    while (m.find()) {
      total += Double.parseDouble(m.group(1)) * unitSeconds(m.group(2));
    }
    if (total > type.maxSeconds()) {
      throw new ScenarioException(n.location(), path,
          "expected a duration of at most " + human(type.maxSeconds()) + ", got " + n.describe());
    }
    return total;
  }

  private static double unitSeconds(String unit) {
    return switch (unit) {
      case "us", "µs" -> 1e-6;
      case "ms" -> 1e-3;
      case "s" -> 1;
      case "m" -> 60;
      case "h" -> 3600;
      default -> 86_400;
    };
  }

  /** A rate in requests per second. */
  public static double rate(ScalarNode n, FieldType.Rate type, String path) {
    double perSecond;
    if (n.kind() == Kind.INTEGER || n.kind() == Kind.FLOAT) {
      perSecond = parseFinite(n, path, "a rate like 600/s");
    } else {
      Matcher m = n.kind() == Kind.STRING ? RATE.matcher(n.text().strip()) : null;
      if (m == null || !m.matches()) {
        throw fail(n, path, "a rate like 600/s or 36000/m");
      }
      perSecond = Double.parseDouble(m.group(1)) / unitSeconds(m.group(2));
    }
    if (!(perSecond >= 0) || perSecond > type.maxPerSecond()) {
      throw new ScenarioException(n.location(), path, "expected a rate between 0/s and "
          + (long) type.maxPerSecond() + "/s, got " + n.describe());
    }
    return perSecond;
  }

  /** An integer within the type's bounds. */
  public static long integer(ScalarNode n, FieldType.Int type, String path) {
    String expected = "an integer between " + type.min() + " and " + type.max();
    if (n.kind() != Kind.INTEGER) {
      throw fail(n, path, expected);
    }
    long v;
    try {
      v = Long.parseLong(n.text().strip().replace("_", ""));
    } catch (NumberFormatException e) {
      throw fail(n, path, expected);
    }
    if (v < type.min() || v > type.max()) {
      throw fail(n, path, expected);
    }
    return v;
  }

  /** A finite number within the type's bounds. */
  public static double number(ScalarNode n, FieldType.Num type, String path) {
    String expected = "a number between " + plain(type.min()) + " and " + plain(type.max());
    if (n.kind() != Kind.INTEGER && n.kind() != Kind.FLOAT) {
      throw fail(n, path, expected);
    }
    double v = parseFinite(n, path, expected);
    if (v < type.min() || v > type.max()) {
      throw fail(n, path, expected);
    }
    return v;
  }

  /** A non-empty string (numbers and booleans are taken as written). */
  public static String text(ScalarNode n, String path) {
    if (n.isNull() || n.text().isBlank()) {
      throw fail(n, path, "a non-empty string");
    }
    return n.text();
  }

  /** A file-name-safe name: never a path, {@code .}, {@code ..} or a hidden name. */
  public static String fileName(ScalarNode n, FieldType.FileName type, String path) {
    String text = n.isNull() ? "" : n.text();
    if (!text.matches(type.pattern())) {
      throw fail(n, path, "a plain file name of 1 to " + type.maxLength() + " letters, digits, "
          + "'.', '_' or '-', starting with a letter or digit (it names the output directory)");
    }
    return text;
  }

  /** {@code true} or {@code false}. */
  public static boolean bool(ScalarNode n, String path) {
    if (n.kind() != Kind.BOOLEAN) {
      throw fail(n, path, "true or false");
    }
    return Boolean.parseBoolean(n.text().strip());
  }

  /** One of the type's words. */
  public static String choice(ScalarNode n, FieldType.Choice type, String path) {
    String text = n.isNull() ? "" : n.text();
    if (!type.values().contains(text)) {
      throw new ScenarioException(n.location(), path, "expected one of "
          + String.join(", ", type.values()) + ", got " + n.describe()
          + Suggest.didYouMean(text, type.values()));
    }
    return text;
  }

  /** A count, or a percentage of {@code replicas} rounded up or down. */
  public static int intOrPercent(ScalarNode n, int replicas, boolean roundUp, String path) {
    String expected = "a count like 1 or a percentage like 25%";
    if (n.kind() == Kind.INTEGER) {
      return (int) integer(n, new FieldType.Int(0, 1_000_000), path);
    }
    Matcher m = n.kind() == Kind.STRING ? PERCENT.matcher(n.text().strip()) : null;
    if (m == null || !m.matches() || Integer.parseInt(m.group(1)) > 100) {
      throw fail(n, path, expected);
    }
    double exact = replicas * Integer.parseInt(m.group(1)) / 100.0;
    return (int) (roundUp ? Math.ceil(exact - 1e-9) : Math.floor(exact + 1e-9));
  }

  /** A threshold such as {@code >= 0.99}, {@code < 2s} or {@code >= 99.9%}. */
  public static Threshold threshold(ScalarNode n, String kpi, String path) {
    String expected = "a threshold like \">= 0.99\" or \"< 2s\"";
    Matcher m = n.kind() == Kind.STRING ? THRESHOLD.matcher(n.text().strip()) : null;
    if (m == null || !m.matches()) {
      throw fail(n, path, expected);
    }
    String bound = m.group(2);
    double value;
    try {
      if (bound.endsWith("%")) {
        value = Double.parseDouble(bound.substring(0, bound.length() - 1)) / 100;
      } else if (DURATION.matcher(bound).matches()) {
        value = seconds(new ScalarNode(n.location(), bound, Kind.STRING),
            new FieldType.Duration(Double.MAX_VALUE, false), path);
      } else {
        value = Double.parseDouble(bound);
      }
    } catch (NumberFormatException e) {
      throw fail(n, path, expected);
    }
    if (!Double.isFinite(value)) {
      throw fail(n, path, expected);
    }
    return new Threshold(kpi, m.group(1), value, n.text().strip());
  }

  private static double parseFinite(ScalarNode n, String path, String expected) {
    try {
      double v = Double.parseDouble(n.text().strip().replace("_", ""));
      if (Double.isFinite(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // fall through to the error below
    }
    throw fail(n, path, expected);
  }

  static ScenarioException fail(ScalarNode n, String path, String expected) {
    return new ScenarioException(n.location(), path, "expected " + expected + ", got "
        + n.describe());
  }

  static String plain(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  /** A duration in the largest whole unit, e.g. {@code 30d}. */
  static String human(double seconds) {
    if (seconds % 86_400 == 0) {
      return (long) (seconds / 86_400) + "d";
    }
    if (seconds % 3600 == 0) {
      return (long) (seconds / 3600) + "h";
    }
    return plain(seconds) + "s";
  }
}
