package io.kubesim.scenarios.sweep;

import io.kubesim.experiment.Experiment;
import io.kubesim.scenarios.spec.Conversion;
import io.kubesim.scenarios.spec.FieldOverride;
import io.kubesim.scenarios.spec.Scenario;
import io.kubesim.scenarios.spec.ScenarioLoader;
import io.kubesim.scenarios.spec.Sweep;
import io.kubesim.scenarios.yaml.TreePath;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything needed to rebuild a sweep's experiment anywhere, as plain strings: the scenario file
 * as read, the {@code --set} overrides, and the grid. Loading is deterministic, so a worker that
 * calls {@link #experiment()} gets the driver's variants, in the driver's order, with the
 * driver's Latin-hypercube points (drawn from the master seed).
 *
 * @param source where the scenario came from (file name, or {@code bundled:NAME}), for messages
 * @param text the scenario file's text
 * @param overrides the overrides, each {@code PATH=VALUE}, in order
 * @param axes explicit parameters, in order
 * @param ranges Latin-hypercube ranges, each {@code PATH=min:max}
 * @param samples points of the hypercube, 0 without ranges
 */
public record SweepJob(String source, String text, List<String> overrides,
    List<Axis> axes, List<String> ranges, int samples) implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * A parameter with explicit values.
   *
   * @param path its field path
   * @param values its values as written
   */
  public record Axis(String path, List<String> values) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Canonical constructor: an immutable copy. */
    public Axis {
      values = List.copyOf(values);
    }
  }

  /** Experiments already built in this JVM, by job: a worker builds each once. */
  private static final Map<SweepJob, Experiment> BUILT = new ConcurrentHashMap<>();

  /** Canonical constructor: immutable, serializable copies. */
  public SweepJob {
    overrides = List.copyOf(overrides);
    axes = List.copyOf(axes);
    ranges = List.copyOf(ranges);
  }

  /**
   * The grid.
   *
   * @throws IllegalArgumentException if a parameter is malformed
   */
  public Sweep sweep() {
    List<Sweep.Axis> a = new ArrayList<>();
    for (Axis e : axes) {
      a.add(new Sweep.Axis(TreePath.parse(e.path()), e.values()));
    }
    return new Sweep(a, ranges.stream().map(Sweep.Range::parse).toList(), samples);
  }

  /** The overrides, parsed. */
  public List<FieldOverride> fieldOverrides() {
    return overrides.stream().map(FieldOverride::parse).toList();
  }

  /**
   * Loads the scenario with the grid.
   *
   * @throws io.kubesim.scenarios.yaml.ScenarioException if it is invalid
   */
  public Scenario load() {
    return ScenarioLoader.withDefaultLimits().load(source, text, fieldOverrides(),
        java.util.Optional.of(sweep()), new Conversion());
  }

  /** The experiment, built once per JVM. */
  public Experiment experiment() {
    return BUILT.computeIfAbsent(this, j -> j.load().experiment());
  }
}
