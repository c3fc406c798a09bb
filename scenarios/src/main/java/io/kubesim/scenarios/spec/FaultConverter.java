package io.kubesim.scenarios.spec;

import io.kubesim.fault.FaultConfig;
import io.kubesim.fault.HostSelector;
import io.kubesim.fault.PodSelector;
import io.kubesim.scenarios.schema.FaultTypes;
import io.kubesim.scenarios.yaml.ScenarioException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Converts faults and actions, checking that each uses only the fields of its action. */
final class FaultConverter {
  private FaultConverter() {}

  private static final Set<String> COMMON = Set.of("name", "action", "at");

  static FaultConfig fault(ObjectReader r, References refs) {
    String name = r.text("name");
    String action = r.choice("action");
    List<String> allowed = FaultTypes.fieldsOf(action);
    for (String key : r.node().keys()) {
      if (!COMMON.contains(key) && !allowed.contains(key)) {
        throw new ScenarioException(r.node().keyLocation(key), r.child(key), "field '" + key
            + "' does not apply to action " + action + "; it takes "
            + String.join(", ", allowed));
      }
    }
    double at = r.seconds("at");
    double run = r.conversion().runSeconds();
    if (at >= run) {
      r.conversion().warn(r.value("at"), r.child("at"), "fault '" + name + "' starts at "
          + Values.plain(at) + " s, when the run (spec.experiment.duration, "
          + Values.plain(run) + " s) has ended: it never happens");
    }
    return Conversion.build(r.node(), r.path(), () -> switch (action) {
      case "partition" -> new FaultConfig.Partition(name, at, duration(r),
          hosts(r.object("selector"), refs), hosts(r.object("target"), refs), direction(r));
      case "node-crash" -> new FaultConfig.NodeCrash(name, at, duration(r),
          hosts(r.object("selector"), refs));
      case "pod-kill" -> new FaultConfig.PodCrash(name, at, 0, pods(r.object("pods"), refs));
      case "pod-failure" -> new FaultConfig.PodCrash(name, at, duration(r),
          pods(r.object("pods"), refs));
      case "slow-pod" -> new FaultConfig.SlowPod(name, at, duration(r),
          pods(r.object("pods"), refs), r.number("slowdown"), r.distribution("extraLatency"));
      case "loss" -> new FaultConfig.PacketLoss(name, at, duration(r),
          hosts(r.object("selector"), refs), r.number("probability"));
      case "delay-endpoints" -> new FaultConfig.DelayedPropagation(name, at, duration(r),
          r.distribution("extraDelay"));
      case "rolling-update" -> new FaultConfig.RollingUpdate(name, at, deployment(r, refs));
      default -> new FaultConfig.Scale(name, at, deployment(r, refs), r.integer32("replicas"));
    });
  }

  private static double duration(ObjectReader r) {
    double d = r.seconds("duration");
    if (d == 0) {
      throw new ScenarioException(r.value("duration").location(), r.child("duration"),
          "expected a duration > 0 (or forever), got 0");
    }
    return d;
  }

  private static FaultConfig.Direction direction(ObjectReader r) {
    return switch (r.choice("direction")) {
      case "to" -> FaultConfig.Direction.TO;
      case "from" -> FaultConfig.Direction.FROM;
      default -> FaultConfig.Direction.BOTH;
    };
  }

  private static String deployment(ObjectReader r, References refs) {
    String name = r.text("deployment");
    refs.requireDeployment(r, "deployment", name);
    return name;
  }

  private static HostSelector hosts(ObjectReader r, References refs) {
    boolean all = false;
    List<String> nodes = List.of();
    if (r.has("nodes")) {
      nodes = TrafficConverter.nodeSet(r, "nodes", refs);
      all = nodes.isEmpty();
    }
    List<String> zones = r.texts("zones");
    refs.requireZones(r, "zones", zones);
    boolean controlPlane = r.bool("controlPlane");
    boolean external = r.bool("external");
    List<String> n = nodes;
    boolean a = all;
    return Conversion.build(r.node(), r.path(),
        () -> new HostSelector(n, zones, a, controlPlane, external));
  }

  private static PodSelector pods(ObjectReader r, References refs) {
    String deployment = r.text("deployment");
    refs.requireDeployment(r, "deployment", deployment);
    List<Integer> ordinals = r.integers("ordinals");
    Optional<String> node = Optional.empty();
    if (r.has("node")) {
      String n = r.text("node");
      refs.requireNodes(r, "node", List.of(n));
      node = Optional.of(n);
    }
    Optional<String> on = node;
    return Conversion.build(r.node(), r.path(), () -> new PodSelector(deployment, ordinals, on));
  }
}
