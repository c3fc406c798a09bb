package io.kubesim.scenarios.spec;

import io.kubesim.cluster.DeploymentConfig;
import io.kubesim.cluster.NodeConfig;
import io.kubesim.cluster.Placement;
import io.kubesim.scenarios.yaml.ScenarioException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Whether the initial pods fit on the nodes, checked before anything runs (the simulation would
 * otherwise fail at its start, with no location). A node holds at most its {@code maxPods} pods.
 * Two conditions, in file order: every deployment with explicit placement fits on its listed
 * nodes, and all deployments together fit on the cluster.
 */
final class Capacity {
  private Capacity() {}

  static void check(List<NodeConfig> nodes, List<DeploymentConfig> deployments,
      List<ObjectReader> readers) {
    check(nodes, deployments, readers, 0, null);
  }

  /**
   * As {@link #check(List, List, List)}, with the cluster DNS' {@code coreDnsReplicas} pods
   * placed after the deployments (refused at {@code dns}'s {@code replicas}).
   */
  static void check(List<NodeConfig> nodes, List<DeploymentConfig> deployments,
      List<ObjectReader> readers, int coreDnsReplicas, ObjectReader dns) {
    Map<String, Integer> maxPods = new HashMap<>();
    long cluster = 0;
    for (NodeConfig n : nodes) {
      maxPods.put(n.name(), n.maxPods());
      cluster += n.maxPods();
    }
    long total = 0;
    for (int i = 0; i < deployments.size(); i++) {
      DeploymentConfig d = deployments.get(i);
      ObjectReader r = readers.get(i);
      if (d.placement().strategy() == Placement.Strategy.EXPLICIT) {
        long room = 0;
        for (String n : new LinkedHashSet<>(d.placement().nodes())) {
          room += maxPods.getOrDefault(n, 0);
        }
        if (d.replicas() > room) {
          throw refused(r, d.replicas() + " replicas do not fit on the nodes listed in "
              + "placement, which hold " + room + " pods (their maxPods)");
        }
      }
      total += d.replicas();
      if (total > cluster) {
        throw refused(r, "the cluster holds " + cluster + " pods (" + nodes.size()
            + " nodes, their maxPods), but the deployments "
            + (i == 0 ? "" : "up to this one ") + "ask for " + total + " pods");
      }
    }
    if (dns != null && total + coreDnsReplicas > cluster) {
      throw refused(dns, "the cluster holds " + cluster + " pods (" + nodes.size()
          + " nodes, their maxPods); the deployments ask for " + total + ", leaving room for "
          + Math.max(0, cluster - total) + " CoreDNS pods, not " + coreDnsReplicas);
    }
  }

  private static ScenarioException refused(ObjectReader r, String problem) {
    var at = r.node().get("replicas").orElse(r.node());
    return new ScenarioException(at.location(), r.child("replicas"), problem);
  }
}
