package io.kubesim.config;

import io.kubesim.config.ModelConfig;
import io.kubesim.fault.FaultConfig;
import io.kubesim.fault.HostSelector;
import io.kubesim.fault.PodSelector;
import java.util.Set;

/** Checks that the nodes, zones and deployments a fault names exist. */
final class FaultReferences {
  private FaultReferences() {}

  static void check(FaultConfig f, Set<String> nodes, Set<String> zones, Set<String> deployments) {
    String where = "fault " + f.name();
    if (f instanceof FaultConfig.Partition p) {
      hosts(where + " selector", p.source(), nodes, zones);
      hosts(where + " target", p.target(), nodes, zones);
    } else if (f instanceof FaultConfig.NodeCrash c) {
      hosts(where + " nodes", c.nodes(), nodes, zones);
    } else if (f instanceof FaultConfig.PodCrash c) {
      pods(where, c.pods(), nodes, deployments);
    } else if (f instanceof FaultConfig.SlowPod s) {
      pods(where, s.pods(), nodes, deployments);
    } else if (f instanceof FaultConfig.PacketLoss l) {
      hosts(where + " hosts", l.hosts(), nodes, zones);
    } else if (f instanceof FaultConfig.RollingUpdate r) {
      ModelConfig.requireKnown(where + " deployment", r.deployment(), deployments);
    } else if (f instanceof FaultConfig.Scale sc) {
      ModelConfig.requireKnown(where + " deployment", sc.deployment(), deployments);
    }
  }

  private static void hosts(String where, HostSelector h, Set<String> nodes, Set<String> zones) {
    h.nodes().forEach(n -> ModelConfig.requireKnown(where + " node", n, nodes));
    h.zones().forEach(z -> ModelConfig.requireKnown(where + " zone", z, zones));
  }

  private static void pods(String where, PodSelector p, Set<String> nodes, Set<String> deployments) {
    ModelConfig.requireKnown(where + " deployment", p.deployment(), deployments);
    p.node().ifPresent(n -> ModelConfig.requireKnown(where + " node", n, nodes));
  }
}
