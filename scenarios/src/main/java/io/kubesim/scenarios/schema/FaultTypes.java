package io.kubesim.scenarios.schema;

import static io.kubesim.scenarios.schema.CommonTypes.DURATION;
import static io.kubesim.scenarios.schema.Field.defaulted;
import static io.kubesim.scenarios.schema.Field.optional;
import static io.kubesim.scenarios.schema.Field.required;

import io.kubesim.scenarios.schema.FieldType.Bool;
import io.kubesim.scenarios.schema.FieldType.Choice;
import io.kubesim.scenarios.schema.FieldType.Int;
import io.kubesim.scenarios.schema.FieldType.ListOf;
import io.kubesim.scenarios.schema.FieldType.Num;
import io.kubesim.scenarios.schema.FieldType.Obj;
import io.kubesim.scenarios.schema.FieldType.Text;
import java.util.List;

/** Faults and actions, in Chaos Mesh's vocabulary. */
public final class FaultTypes {
  private FaultTypes() {}

  /** Every fault action, in documentation order. */
  public static final List<String> ACTIONS = List.of("partition", "node-crash", "pod-kill",
      "pod-failure", "slow-pod", "loss", "delay-endpoints", "rolling-update", "scale");

  /** A set of network hosts. */
  public static final ObjectType HOSTS = ObjectType.of("HostSelector",
      "A set of network hosts: nodes, zones, the control plane, external clients. At least one.",
      optional("nodes", TrafficTypes.NODE_SET, "`all`, or node names. None when absent."),
      defaulted("zones", new ListOf(new Text(), 1000), "[]", "Every node in these zones."),
      defaulted("controlPlane", new Bool(), "false", "The control plane (API server)."),
      defaulted("external", new Bool(), "false", "External clients and their load balancer."));

  /** A set of pods. */
  public static final ObjectType PODS = ObjectType.of("PodSelector",
      "Pods of one deployment.",
      required("deployment", new Text(), "Deployment name."),
      defaulted("ordinals", new ListOf(new Int(0, WorkloadTypes.MAX_REPLICAS), 10_000), "[]",
          "Indexes of its initial pods (0-based); all when empty."),
      optional("node", new Text(), "Only pods on this node."));

  /** A fault or action. */
  public static final ObjectType FAULT = ObjectType.of("Fault",
      "A fault or action on the timeline. `action` says which; each uses some of the fields: "
          + "`partition` (selector, target, direction), `node-crash` (selector), `pod-kill` "
          + "(pods; one crash), `pod-failure` (pods; crash-looping for `duration`), `slow-pod` "
          + "(pods, slowdown, extraLatency), `loss` (selector, probability), `delay-endpoints` "
          + "(extraDelay), `rolling-update` (deployment), `scale` (deployment, replicas).",
      required("name", new Text(), "Fault name, unique in the scenario."),
      required("action", new Choice(ACTIONS), "What happens."),
      defaulted("at", DURATION, "0s", "Start, from the beginning of the run."),
      defaulted("duration", CommonTypes.DURATION_OR_FOREVER, "forever",
          "How long it lasts (not for `pod-kill`, `rolling-update`, `scale`)."),
      optional("selector", new Obj(HOSTS),
          "`partition`, `node-crash`, `loss`: the affected hosts (required for them)."),
      defaulted("target", new Obj(HOSTS), "{nodes: all}",
          "`partition`: the other side. Only traffic between `selector` and `target` is cut, "
              + "never inside one set; so a node cut from `{nodes: all}` while the control plane "
              + "still reaches it is the asymmetric (gray) partition."),
      defaulted("direction", new Choice(List.of("to", "from", "both")), "both",
          "`partition`: `to` drops selector→target packets, `from` target→selector, `both` "
              + "both. A TCP handshake needs both ways, so either cut fails new connections."),
      optional("pods", new Obj(PODS), "`pod-kill`, `pod-failure`, `slow-pod`: the pods."),
      defaulted("probability", new Num(0, 0.99), "0.1", "`loss`: packet loss probability."),
      defaulted("slowdown", new Num(1, 1e9), "1", "`slow-pod`: service-time multiplier."),
      defaulted("extraLatency", CommonTypes.DISTRIBUTION, "0s",
          "`slow-pod`: latency added to each response."),
      defaulted("extraDelay", CommonTypes.DISTRIBUTION, "10s",
          "`delay-endpoints`: extra delay of endpoint updates."),
      optional("deployment", new Text(), "`rolling-update`, `scale`: the deployment."),
      optional("replicas", new Int(0, WorkloadTypes.MAX_REPLICAS), "`scale`: the new replicas."));

  /** The fields each action may use besides name, action and at. */
  public static List<String> fieldsOf(String action) {
    return switch (action) {
      case "partition" -> List.of("duration", "selector", "target", "direction");
      case "node-crash" -> List.of("duration", "selector");
      case "pod-kill" -> List.of("pods");
      case "pod-failure" -> List.of("duration", "pods");
      case "slow-pod" -> List.of("duration", "pods", "slowdown", "extraLatency");
      case "loss" -> List.of("duration", "selector", "probability");
      case "delay-endpoints" -> List.of("duration", "extraDelay");
      case "rolling-update" -> List.of("deployment");
      case "scale" -> List.of("deployment", "replicas");
      default -> throw new IllegalArgumentException("unknown action " + action);
    };
  }

}
