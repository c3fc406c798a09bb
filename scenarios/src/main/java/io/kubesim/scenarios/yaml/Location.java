package io.kubesim.scenarios.yaml;

/**
 * Where a value was written: a source (file path, {@code --set ...}, or a default) and its
 * 1-based line and column.
 *
 * @param source file name or other origin
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 */
public record Location(String source, int line, int column) {

  /** A location for values that were not written anywhere (defaults). */
  public static Location builtIn(String what) {
    return new Location(what, 0, 0);
  }

  /**
   * {@code file:line:column}; just the source when the position is unknown or the value came
   * from the command line (where the source already quotes it).
   */
  @Override
  public String toString() {
    boolean commandLine = source.startsWith("--");
    return line > 0 && !commandLine ? source + ":" + line + ":" + column : source;
  }
}
