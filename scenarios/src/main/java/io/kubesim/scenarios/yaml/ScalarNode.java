package io.kubesim.scenarios.yaml;

/**
 * A YAML scalar with its text and how YAML 1.2 (core schema) typed it.
 *
 * @param location where it was written
 * @param text the scalar as written (unquoted); {@code null} for a null value
 * @param kind how YAML typed it
 */
public record ScalarNode(Location location, String text, Kind kind) implements Node {

  /** The YAML 1.2 core-schema type of a scalar. */
  public enum Kind {
    /** A string (quoted, or plain text that is no other type). */
    STRING,
    /** An integer such as {@code 3}. */
    INTEGER,
    /** A floating-point number such as {@code 0.5}. */
    FLOAT,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** {@code null}, {@code ~} or nothing. */
    NULL
  }

  /** Whether this is a null value. */
  public boolean isNull() {
    return kind == Kind.NULL;
  }

  @Override
  public String describe() {
    if (kind == Kind.NULL) {
      return "null";
    }
    return kind == Kind.STRING ? "\"" + abbreviate(text) + "\"" : abbreviate(text);
  }

  @Override
  public long expandedSize() {
    return 1;
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
