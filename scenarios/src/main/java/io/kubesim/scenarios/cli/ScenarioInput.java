package io.kubesim.scenarios.cli;

import io.kubesim.scenarios.spec.Conversion;
import io.kubesim.scenarios.spec.FieldOverride;
import io.kubesim.scenarios.spec.Scenario;
import io.kubesim.scenarios.spec.ScenarioLoader;
import io.kubesim.scenarios.spec.Sweep;
import io.kubesim.scenarios.yaml.YamlLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Resolves a FILE argument (a path, or the name of a bundled scenario) and loads it. */
final class ScenarioInput {
  private ScenarioInput() {}

  /**
   * A scenario file's text and where it came from.
   *
   * @param source the path, or the bundled scenario's source name
   * @param text its text
   */
  record Text(String source, String text) {}

  /** Reads {@code file}: a path, or else the name of a bundled scenario. */
  static Text read(String file) {
    Path path = Path.of(file);
    Optional<String> bundled = BundledScenarios.text(file);
    if (!Files.exists(path) && bundled.isPresent()) {
      return new Text(BundledScenarios.source(file), bundled.get());
    }
    return new Text(file, YamlLoader.withDefaultLimits().readText(path));
  }

  static Scenario load(String file, List<FieldOverride> overrides, Optional<Sweep> sweep) {
    Text t = read(file);
    return ScenarioLoader.withDefaultLimits().load(t.source(), t.text(), overrides, sweep,
        new Conversion());
  }
}
