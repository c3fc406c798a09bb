package io.kubesim.scenarios.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The scenarios shipped in {@code scenarios/examples/} and inside the jar, runnable by name
 * ({@code kubesim run asymmetric-partition}). An explicit registry: a test checks it matches the
 * directory.
 */
public final class BundledScenarios {
  private BundledScenarios() {}

  /** Names of the bundled scenarios (file names without {@code .yaml}), in reading order. */
  public static final List<String> NAMES = List.of(
      "asymmetric-partition",
      "throughput-low-load-and-healing",
      "headless-first-answer",
      "rolling-update-cold-cache",
      "node-cut-off",
      "external-traffic-policy",
      "client-retries",
      "gray-failure-policies",
      "dns-gray-partition",
      "mesh-outlier-detection");

  /** The text of bundled scenario {@code name} (with or without {@code .yaml}), if it exists. */
  public static Optional<String> text(String name) {
    String base = name.endsWith(".yaml") ? name.substring(0, name.length() - 5) : name;
    if (!NAMES.contains(base)) {
      return Optional.empty();
    }
    String resource = "/io/kubesim/scenarios/examples/" + base + ".yaml";
    try (InputStream in = BundledScenarios.class.getResourceAsStream(resource)) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The label used for a bundled scenario in messages. */
  public static String source(String name) {
    String base = name.endsWith(".yaml") ? name.substring(0, name.length() - 5) : name;
    return "bundled:" + base + ".yaml";
  }
}
