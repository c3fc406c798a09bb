package io.kubesim.scenarios.spec;

import io.kubesim.scenarios.yaml.TreePath;
import java.util.List;

/**
 * A parameter sweep: every variant is run once per value of {@code path}.
 *
 * @param path the swept field, e.g. {@code spec.deployments[web].replicas}
 * @param values its values, written as YAML scalars
 */
public record Sweep(TreePath path, List<String> values) {

  /** Canonical constructor: at least one value. */
  public Sweep {
    values = List.copyOf(values);
    if (values.isEmpty()) {
      throw new IllegalArgumentException("a sweep needs at least one value");
    }
  }
}
