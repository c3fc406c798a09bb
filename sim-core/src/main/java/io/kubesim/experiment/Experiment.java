package io.kubesim.experiment;

import io.kubesim.config.Checks;
import io.kubesim.config.ExperimentConfig;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * A complete experiment: variants compared over paired replications.
 *
 * @param name scenario name
 * @param description what the scenario shows
 * @param settings duration, replications, seed
 * @param variants the arms; the first is the baseline of every variant that names no other
 * @param sweepParameters the swept parameter paths, in grid order (empty unless a sweep)
 * @param sourceText the scenario file as written, for the report
 */
public record Experiment(
    String name, String description, ExperimentConfig settings, List<Variant> variants,
    List<String> sweepParameters, String sourceText) {
  public Experiment {
    Checks.name("scenario name", name);
    description = description == null ? "" : description;
    sourceText = sourceText == null ? "" : sourceText;
    sweepParameters = List.copyOf(sweepParameters == null ? List.of() : sweepParameters);
    if (settings == null) {
      throw new IllegalArgumentException("experiment settings are required");
    }
    variants = List.copyOf(variants);
    if (variants.isEmpty()) {
      throw new IllegalArgumentException("an experiment needs at least one variant");
    }
    var names = new HashSet<String>();
    for (Variant v : variants) {
      if (!names.add(v.name())) {
        throw new IllegalArgumentException("duplicate variant name '" + v.name() + "'");
      }
    }
    for (Variant v : variants) {
      v.baseline().ifPresent(b -> {
        if (!names.contains(b)) {
          throw new IllegalArgumentException("variant " + v.name() + " is compared with '" + b
              + "', which is not a variant of the experiment");
        }
      });
    }
  }
}
