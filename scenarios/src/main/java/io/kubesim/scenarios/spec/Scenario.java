package io.kubesim.scenarios.spec;

import io.kubesim.experiment.Experiment;
import java.util.List;

/**
 * A loaded, validated scenario: the experiment to run and the criteria its results must meet.
 *
 * @param source where it was read from
 * @param experiment the experiment (variants, settings, scenario text)
 * @param thresholds pass/fail criteria per variant
 * @param warnings mistakes it can still run with, as located one-line messages for standard
 *     error (e.g. a service that selects no pod)
 */
public record Scenario(String source, Experiment experiment, List<VariantThreshold> thresholds,
    List<String> warnings) {

  /** Canonical constructor: copies the lists. */
  public Scenario {
    thresholds = List.copyOf(thresholds);
    warnings = List.copyOf(warnings);
  }

  /** A scenario without warnings. */
  public Scenario(String source, Experiment experiment, List<VariantThreshold> thresholds) {
    this(source, experiment, thresholds, List.of());
  }

  /** The scenario's name ({@code metadata.name}). */
  public String name() {
    return experiment.name();
  }

  /**
   * A threshold applying to one variant.
   *
   * @param variant the variant's name
   * @param threshold the criterion
   */
  public record VariantThreshold(String variant, Threshold threshold) {}
}
