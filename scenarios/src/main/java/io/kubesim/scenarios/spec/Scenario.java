package io.kubesim.scenarios.spec;

import io.kubesim.experiment.Experiment;
import java.util.List;

/**
 * A loaded, validated scenario: the experiment to run and the criteria its results must meet.
 *
 * @param source where it was read from
 * @param experiment the experiment (variants, settings, scenario text)
 * @param thresholds pass/fail criteria per variant
 */
public record Scenario(String source, Experiment experiment, List<VariantThreshold> thresholds) {

  /** Canonical constructor: copies the thresholds. */
  public Scenario {
    thresholds = List.copyOf(thresholds);
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
