package io.kubesim.experiment;

import io.kubesim.config.Checks;
import io.kubesim.config.ModelConfig;
import java.util.Map;

/**
 * One arm of a comparison: a complete model, named, with the parameters that set it apart (for
 * sweeps: parameter path → value).
 */
public record Variant(String name, Map<String, String> parameters, ModelConfig model) {
  public Variant {
    Checks.name("variant.name", name);
    parameters = Map.copyOf(parameters == null ? Map.of() : parameters);
    if (model == null) {
      throw new IllegalArgumentException("variant " + name + " needs a model");
    }
  }
}
