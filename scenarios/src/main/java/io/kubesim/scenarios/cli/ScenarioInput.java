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

  static Scenario load(String file, List<FieldOverride> overrides, Optional<Sweep> sweep) {
    YamlLoader yaml = YamlLoader.withDefaultLimits();
    ScenarioLoader loader = new ScenarioLoader(yaml);
    Path path = Path.of(file);
    Optional<String> bundled = BundledScenarios.text(file);
    if (!Files.exists(path) && bundled.isPresent()) {
      return loader.load(BundledScenarios.source(file), bundled.get(), overrides, sweep,
          new Conversion());
    }
    return loader.load(file, yaml.readText(path), overrides, sweep, new Conversion());
  }
}
