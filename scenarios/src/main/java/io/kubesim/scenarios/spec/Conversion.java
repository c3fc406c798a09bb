package io.kubesim.scenarios.spec;

import io.kubesim.scenarios.schema.ObjectType;
import io.kubesim.scenarios.yaml.Node;
import io.kubesim.scenarios.yaml.ScenarioException;
import io.kubesim.scenarios.yaml.YamlLoader;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The state of one conversion: parses default values written in the format, remembers which
 * fields were read (so a test can prove every documented field is used), and turns exceptions of
 * the core records' constructors into located errors.
 */
public final class Conversion {
  private static final Map<String, Node> DEFAULTS = new ConcurrentHashMap<>();
  private static final YamlLoader DEFAULT_LOADER = YamlLoader.withDefaultLimits();

  private final Set<String> fieldsRead = Collections.synchronizedSet(new TreeSet<>());
  private final Set<String> warnings = Collections.synchronizedSet(new LinkedHashSet<>());
  private volatile double runSeconds = Double.POSITIVE_INFINITY;

  /**
   * Records a warning: a mistake the scenario can still run with (it is printed on standard
   * error, not refused), such as a fault that starts after the run ends. Repeats are kept once.
   */
  void warn(Node at, String path, String message) {
    warnings.add(at.location() + ": " + path + ": warning: " + message);
  }

  /** The warnings so far, in the order they were found. */
  public List<String> warnings() {
    synchronized (warnings) {
      return List.copyOf(warnings);
    }
  }

  /** The simulated duration of a replication, once read (for warnings). */
  double runSeconds() {
    return runSeconds;
  }

  void runSeconds(double seconds) {
    this.runSeconds = seconds;
  }

  /** Reads {@code node} as an object of {@code type} at {@code path}. */
  public ObjectReader read(Node node, ObjectType type, String path) {
    return new ObjectReader(this, node, type, path);
  }

  /** Every {@code Type.field} read so far. */
  public Set<String> fieldsRead() {
    synchronized (fieldsRead) {
      return Set.copyOf(fieldsRead);
    }
  }

  void markRead(ObjectType type, String field) {
    fieldsRead.add(type.name() + "." + field);
  }

  /** The default {@code text} of a field, parsed as YAML. */
  Node defaultValue(ObjectType type, String field, String text) {
    return DEFAULTS.computeIfAbsent(type.name() + "." + field + "=" + text,
        k -> DEFAULT_LOADER.load("default of " + type.name() + "." + field, text));
  }

  /**
   * Builds a core record, reporting its {@link IllegalArgumentException} at {@code node}.
   *
   * @param node the value being converted
   * @param path its field path
   * @param build calls the record's constructor
   */
  public static <T> T build(Node node, String path, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      throw new ScenarioException(node.location(), path, e.getMessage());
    }
  }
}
