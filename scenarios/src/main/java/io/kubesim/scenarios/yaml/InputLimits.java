package io.kubesim.scenarios.yaml;

/**
 * Bounds on what the loader accepts, so hostile input fails fast in bounded time and memory.
 *
 * @param maxBytes largest file (and largest {@code --set} value) in bytes
 * @param maxDepth deepest nesting of maps and lists
 * @param maxAliases most YAML aliases ({@code *name}) in one document
 * @param maxNodes most values in the tree with every alias expanded (stops "billion laughs")
 * @param maxStringLength longest scalar in characters
 */
public record InputLimits(int maxBytes, int maxDepth, int maxAliases, long maxNodes,
    int maxStringLength) {

  /** The limits used by the CLI: 1 MiB, depth 64, 100 aliases, 100 000 nodes, 64 KiB strings. */
  public static InputLimits defaults() {
    return new InputLimits(1 << 20, 64, 100, 100_000, 1 << 16);
  }
}
