package io.kubesim.scenarios.spec;

import io.kubesim.scenarios.yaml.TreePath;

/**
 * A {@code --set path=value} override, applied to the file's tree before validation.
 *
 * @param path the field path
 * @param value the value, written as YAML (e.g. {@code 60s}, {@code 3}, {@code {nodes: [node-1]}})
 * @param text the override as given on the command line
 */
public record FieldOverride(TreePath path, String value, String text) {

  /**
   * Parses {@code path=value}.
   *
   * @throws IllegalArgumentException if there is no {@code =} or the path is malformed
   */
  public static FieldOverride parse(String text) {
    int eq = text.indexOf('=');
    if (eq <= 0) {
      throw new IllegalArgumentException("expected path=value like spec.experiment.duration=60s, got '"
          + text + "'");
    }
    return new FieldOverride(TreePath.parse(text.substring(0, eq).strip()), text.substring(eq + 1), text);
  }
}
