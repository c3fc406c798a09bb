package io.kubesim.experiment;

import io.kubesim.config.Checks;
import io.kubesim.config.ModelConfig;
import java.util.Map;
import java.util.Optional;

/**
 * One arm of a comparison: a complete model, named, with the parameters that set it apart (for
 * sweeps: parameter path → value; for a policy matrix: {@code case} and {@code variant}).
 *
 * @param name variant name, unique in the experiment
 * @param parameters what sets it apart from the other variants
 * @param model the model it runs
 * @param baseline the variant it is compared with (paired differences), its own name for a
 *     baseline; empty to be compared with the experiment's first variant
 */
public record Variant(String name, Map<String, String> parameters, ModelConfig model,
    Optional<String> baseline) {
  /** The parameter naming a policy-matrix case. */
  public static final String CASE_PARAMETER = "case";

  /** The parameter naming the declared variant a policy-matrix or sweep variant comes from. */
  public static final String VARIANT_PARAMETER = "variant";

  public Variant {
    Checks.name("variant.name", name);
    parameters = Map.copyOf(parameters == null ? Map.of() : parameters);
    baseline = baseline == null ? Optional.empty() : baseline;
    if (model == null) {
      throw new IllegalArgumentException("variant " + name + " needs a model");
    }
  }

  /** A variant compared with the experiment's first variant. */
  public Variant(String name, Map<String, String> parameters, ModelConfig model) {
    this(name, parameters, model, Optional.empty());
  }

  /** The policy-matrix case this variant runs under, if any. */
  public Optional<String> matrixCase() {
    return Optional.ofNullable(parameters.get(CASE_PARAMETER));
  }
}
