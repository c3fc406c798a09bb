package io.kubesim.scenarios.schema;

import static io.kubesim.scenarios.schema.CommonTypes.DURATION;
import static io.kubesim.scenarios.schema.Field.defaulted;
import static io.kubesim.scenarios.schema.Field.required;

import io.kubesim.scenarios.schema.FieldType.Choice;
import io.kubesim.scenarios.schema.FieldType.Either;
import io.kubesim.scenarios.schema.FieldType.FileName;
import io.kubesim.scenarios.schema.FieldType.Int;
import io.kubesim.scenarios.schema.FieldType.ListOf;
import io.kubesim.scenarios.schema.FieldType.MapOf;
import io.kubesim.scenarios.schema.FieldType.Obj;
import io.kubesim.scenarios.schema.FieldType.Patch;
import io.kubesim.scenarios.schema.FieldType.Text;
import io.kubesim.scenarios.schema.FieldType.Threshold;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scenario format ({@code apiVersion: kubesim.io/v1}, {@code kind: Scenario}): the root
 * object type and the registry of every object type, in documentation order.
 */
public final class Format {
  private Format() {}

  /** The only API version. */
  public static final String API_VERSION = "kubesim.io/v1";

  /** The only kind. */
  public static final String KIND = "Scenario";

  /** Scenario metadata. */
  public static final ObjectType METADATA = ObjectType.of("Metadata", "Names the scenario.",
      required("name", new FileName(100), "Scenario name; also the name of its output "
          + "directory (`results/<name>`), so it must be a plain file name, never a path."),
      defaulted("description", new Text(), "\"\"", "What the scenario shows."));

  /** A variant. */
  public static final ObjectType VARIANT = ObjectType.of("Variant",
      "One arm of the comparison: the base `spec` with a merge patch applied. Maps merge key by "
          + "key, `null` removes a key, lists of named items (deployments, services, clients, "
          + "faults) merge by `name`, anything else is replaced. The first variant is the "
          + "baseline of every paired comparison.",
      required("name", new Text(), "Variant name, unique in the scenario."),
      defaulted("description", new Text(), "\"\"", "What sets it apart."),
      defaulted("patch", new Patch(), "{}",
          "Changes to `spec` (not to `variants`, `thresholds` or `experiment`)."));

  /** A case of a policy matrix. */
  public static final ObjectType CASE = ObjectType.of("Case",
      "A condition every variant is run under, for a policy matrix: the base `spec` with a merge "
          + "patch applied (typically its `faults`, or a lower client rate), before the "
          + "variant's own patch. With cases, each variant runs once per case and is compared "
          + "with the first variant of the same case; the report shows a variant × case matrix.",
      required("name", new Text(), "Case name, unique in the scenario (e.g. `gray-partition`)."),
      defaulted("description", new Text(), "\"\"", "What the case models."),
      defaulted("patch", new Patch(), "{}",
          "Changes to `spec` (not to `variants`, `cases`, `thresholds` or `experiment`)."));

  /** Experiment settings. */
  public static final ObjectType EXPERIMENT = ObjectType.of("Experiment", "How the scenario is run.",
      defaulted("duration", DURATION, "5m", "Simulated time per replication."),
      defaulted("warmUp", DURATION, "30s", "Requests started before this are not counted."),
      defaulted("replications", new Int(1, 100_000), "10",
          "Replications per variant; replication i of every variant uses the same random "
              + "numbers (paired comparison)."),
      defaulted("seed", new Int(0, Long.MAX_VALUE), "1", "Master seed; same seed, same results."),
      defaulted("bucket", DURATION, "5s", "Width of a time-series bucket."));

  /** The scenario body. */
  public static final ObjectType SPEC = ObjectType.of("Spec",
      "The cluster, its workloads, traffic and faults, the variants to compare and how to run "
          + "them.",
      defaulted("cluster", new Obj(ClusterTypes.CLUSTER), "{}", "Nodes and component settings."),
      defaulted("deployments", new ListOf(new Obj(WorkloadTypes.DEPLOYMENT), 1000), "[]",
          "Deployments."),
      defaulted("services", new ListOf(new Obj(WorkloadTypes.SERVICE), 1000), "[]", "Services."),
      defaulted("clients", new ListOf(new Obj(TrafficTypes.CLIENT), 1000), "[]", "Clients."),
      defaulted("faults", new ListOf(new Obj(FaultTypes.FAULT), 1000), "[]",
          "Faults and actions on the timeline."),
      defaulted("variants", new ListOf(new Obj(VARIANT), 100), "[{name: default}]",
          "Variants to compare."),
      defaulted("cases", new ListOf(new Obj(CASE), 50), "[]",
          "Conditions to run every variant under (a policy matrix); none when empty."),
      defaulted("thresholds", new MapOf(new MapOf(new Threshold(), 100), 100), "{}",
          "Pass/fail criteria, by variant name (`\"*\"`: every variant), then KPI name, e.g. "
              + "`{throughput: {successRateDuringFault: \">= 0.99\"}}`. Each is checked against "
              + "the KPI's mean over replications; `kubesim run` exits with status 3 when one "
              + "fails."),
      defaulted("experiment", new Obj(EXPERIMENT), "{}", "Run settings."));

  /** The document root. */
  public static final ObjectType SCENARIO = ObjectType.of("Scenario",
      "A scenario file: one YAML document in Kubernetes-manifest style.",
      required("apiVersion", new Choice(List.of(API_VERSION)), "Format version."),
      required("kind", new Choice(List.of(KIND)), "Always `Scenario`."),
      required("metadata", new Obj(METADATA), "Name and description."),
      required("spec", new Obj(SPEC), "The scenario."));

  /** Every object type reachable from {@link #SCENARIO}, in documentation order (depth first). */
  public static List<ObjectType> allTypes() {
    Map<String, ObjectType> seen = new LinkedHashMap<>();
    collect(SCENARIO, seen);
    return new ArrayList<>(seen.values());
  }

  private static void collect(ObjectType type, Map<String, ObjectType> seen) {
    if (seen.putIfAbsent(type.name(), type) != null) {
      return;
    }
    for (Field f : type.fields()) {
      collect(f.type(), seen);
    }
  }

  private static void collect(FieldType type, Map<String, ObjectType> seen) {
    if (type instanceof Obj o) {
      collect(o.type(), seen);
    } else if (type instanceof ListOf l) {
      collect(l.item(), seen);
    } else if (type instanceof MapOf m) {
      collect(m.value(), seen);
    } else if (type instanceof Either e) {
      collect(e.shorthand(), seen);
      collect(e.full(), seen);
    }
  }

  /** A number without a trailing {@code .0}. */
  static String plain(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }
}
