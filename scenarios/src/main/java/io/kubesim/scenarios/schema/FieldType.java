package io.kubesim.scenarios.schema;

import java.util.List;

/** The type of a field's value, with the bounds the parser enforces. */
public sealed interface FieldType {

  /** A short human description, used in REFERENCE.md and error messages. */
  String describe();

  /**
   * A duration such as {@code 250us}, {@code 500ms}, {@code 10s}, {@code 5m}, {@code 1h},
   * {@code 1d} or a sum like {@code 1m30s}.
   *
   * @param maxSeconds largest accepted value
   * @param forever whether the word {@code forever} (never ends) is accepted
   */
  record Duration(double maxSeconds, boolean forever) implements FieldType {
    @Override
    public String describe() {
      return forever ? "duration or `forever`" : "duration";
    }
  }

  /**
   * A rate such as {@code 600/s}, {@code 36000/m} or {@code 10/h} (a bare number is per second).
   *
   * @param maxPerSecond largest accepted rate
   */
  record Rate(double maxPerSecond) implements FieldType {
    @Override
    public String describe() {
      return "rate";
    }
  }

  /** An integer in {@code [min, max]}. */
  record Int(long min, long max) implements FieldType {
    @Override
    public String describe() {
      return "integer " + min + "–" + max;
    }
  }

  /** A number in {@code [min, max]}. */
  record Num(double min, double max) implements FieldType {
    @Override
    public String describe() {
      return "number " + Format.plain(min) + "–" + Format.plain(max);
    }
  }

  /** A non-empty string. */
  record Text() implements FieldType {
    @Override
    public String describe() {
      return "string";
    }
  }

  /**
   * A name that is also used as a file name: 1 to {@code maxLength} characters from
   * {@code A-Z a-z 0-9 . _ -}, starting with a letter or digit (so never {@code .}, {@code ..},
   * a hidden name, an option-like {@code -x} or a path).
   *
   * @param maxLength the longest accepted name
   */
  record FileName(int maxLength) implements FieldType {
    /** The characters and shape of a file name, as a regular expression. */
    public String pattern() {
      return "^[A-Za-z0-9][A-Za-z0-9._-]{0," + (maxLength - 1) + "}$";
    }

    @Override
    public String describe() {
      return "file name (letters, digits, `.` `_` `-`; first a letter or digit; at most "
          + maxLength + " characters)";
    }
  }

  /** {@code true} or {@code false}. */
  record Bool() implements FieldType {
    @Override
    public String describe() {
      return "boolean";
    }
  }

  /** One of a fixed set of words. */
  record Choice(List<String> values) implements FieldType {
    /** Canonical constructor: copies the values. */
    public Choice {
      values = List.copyOf(values);
    }

    @Override
    public String describe() {
      return "`" + String.join("` \\| `", values) + "`";
    }
  }

  /** A count or a percentage of the replicas, such as {@code 1} or {@code 25%}. */
  record IntOrPercent() implements FieldType {
    @Override
    public String describe() {
      return "integer or percentage";
    }
  }

  /** A comparison such as {@code ">= 0.99"} or {@code "< 2s"} (operators >=, >, <=, <, ==). */
  record Threshold() implements FieldType {
    @Override
    public String describe() {
      return "threshold";
    }
  }

  /** A nested object. */
  record Obj(ObjectType type) implements FieldType {
    @Override
    public String describe() {
      return "[" + type.name() + "](#" + type.name().toLowerCase(java.util.Locale.ROOT) + ")";
    }
  }

  /** A list of values, at most {@code maxItems} long. */
  record ListOf(FieldType item, int maxItems) implements FieldType {
    @Override
    public String describe() {
      return "list of " + item.describe();
    }
  }

  /** A map from names to values, at most {@code maxEntries} entries. */
  record MapOf(FieldType value, int maxEntries) implements FieldType {
    @Override
    public String describe() {
      return "map of name to " + value.describe();
    }
  }

  /** Either a short scalar form or a full form (e.g. a duration or a distribution object). */
  record Either(FieldType shorthand, FieldType full) implements FieldType {
    @Override
    public String describe() {
      return shorthand.describe() + " or " + full.describe();
    }
  }

  /** A merge patch: any map, checked after it is applied. */
  record Patch() implements FieldType {
    @Override
    public String describe() {
      return "merge patch of `spec`";
    }
  }
}
