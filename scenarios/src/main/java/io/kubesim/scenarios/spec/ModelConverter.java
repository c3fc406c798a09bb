package io.kubesim.scenarios.spec;

import io.kubesim.cluster.DeploymentConfig;
import io.kubesim.cluster.NodeConfig;
import io.kubesim.config.ModelConfig;
import io.kubesim.fault.FaultConfig;
import io.kubesim.proxy.ServiceConfig;
import io.kubesim.traffic.ClientConfig;
import io.kubesim.scenarios.yaml.ScenarioException;
import io.kubesim.traffic.DnsConfig;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Converts one variant's {@code spec} into a {@link ModelConfig}. */
final class ModelConverter {
  private ModelConverter() {}

  static ModelConfig model(ObjectReader spec) {
    ObjectReader cluster = spec.object("cluster");
    List<NodeConfig> nodes = ClusterConverter.nodes(cluster.object("nodes"));
    var kubelet = ClusterConverter.kubelet(cluster.object("kubelet"));
    var controlPlane = ClusterConverter.controlPlane(cluster.object("controlPlane"));
    var kubeProxy = ClusterConverter.kubeProxy(cluster.object("kubeProxy"));
    var network = ClusterConverter.network(cluster.object("network"));
    var peerReachability =
        cluster.optionalObject("peerReachability").map(ClusterConverter::peerReachability);
    Optional<DnsConfig> dns = cluster.optionalObject("dns").map(ClusterConverter::dns);

    List<ObjectReader> deploymentReaders = spec.objects("deployments");
    List<ObjectReader> serviceReaders = spec.objects("services");
    References refs = new References(
        names(nodes.stream().map(NodeConfig::name).toList()),
        names(nodes.stream().map(NodeConfig::zone).toList()),
        names(deploymentNames(deploymentReaders, dns)),
        names(serviceReaders.stream().map(r -> r.text("name")).toList()));

    List<DeploymentConfig> deployments = new ArrayList<>();
    for (ObjectReader r : deploymentReaders) {
      deployments.add(WorkloadConverter.deployment(r, refs));
    }
    Capacity.check(nodes, deployments, deploymentReaders,
        dns.map(DnsConfig::replicas).orElse(0), dns.isPresent() ? cluster.object("dns") : null);
    List<ServiceConfig> services = new ArrayList<>();
    long meshHosts = 0;
    for (ObjectReader r : serviceReaders) {
      ServiceConfig s = WorkloadConverter.service(r);
      warnIfNoPod(r, s, deployments);
      meshHosts = checkMeshSize(r, s, nodes.size(), deployments, meshHosts);
      services.add(s);
    }
    List<ClientConfig> clients = new ArrayList<>();
    for (ObjectReader r : spec.objects("clients")) {
      ClientConfig c = TrafficConverter.client(r, refs);
      clients.add(Conversion.build(r.node(), r.path(), () -> {
        ModelConfig.checkMeshClient(c, services);
        return c;
      }));
    }
    List<FaultConfig> faults = new ArrayList<>();
    for (ObjectReader r : spec.objects("faults")) {
      faults.add(FaultConverter.fault(r, refs));
      warnIfOrdinalBeyondReplicas(r, deployments);
    }
    return Conversion.build(spec.node(), spec.path(), () -> new ModelConfig(nodes, kubelet,
        controlPlane, kubeProxy, network, deployments, services, clients, faults,
        peerReachability, dns));
  }

  /** The deployments faults may name: the scenario's, and CoreDNS' with cluster DNS. */
  private static List<String> deploymentNames(List<ObjectReader> readers, Optional<DnsConfig> dns) {
    List<String> names = new ArrayList<>(readers.stream().map(r -> r.text("name")).toList());
    dns.ifPresent(d -> names.add(DnsConfig.DEPLOYMENT));
    return names;
  }

  /**
   * Refuses meshes whose proxies' views would not fit in memory: every node's proxy keeps a host
   * per endpoint (about 250 bytes each), so the views grow as nodes × endpoints. Returns the
   * views' total so far, {@code before} plus this service's.
   */
  private static long checkMeshSize(ObjectReader r, ServiceConfig s, int nodes,
      List<DeploymentConfig> deployments, long before) {
    if (s.mesh().isEmpty()) {
      return before;
    }
    long endpoints = 0;
    for (DeploymentConfig d : deployments) {
      if (d.labels().entrySet().containsAll(s.selector().entrySet())) {
        endpoints += d.replicas();
      }
    }
    long total = before + (long) nodes * endpoints;
    if (total > MAX_MESH_HOSTS) {
      var at = r.node().get("mesh").orElse(r.node());
      throw new ScenarioException(at.location(), r.child("mesh"), "every node's proxy keeps a "
          + "view of every endpoint: " + nodes + " nodes × " + endpoints + " endpoints"
          + (before > 0 ? " (plus " + before + " for the meshes before it)" : "") + " is "
          + total + " hosts, more than the " + MAX_MESH_HOSTS + " (about 1 GB) kubesim holds");
    }
    return total;
  }

  /** The most hosts all mesh proxies' views may hold together (nodes × endpoints, summed). */
  static final long MAX_MESH_HOSTS = 4_000_000;

  /** A service whose selector matches no deployment's pod labels serves nothing. */
  private static void warnIfNoPod(ObjectReader r, ServiceConfig s,
      List<DeploymentConfig> deployments) {
    for (DeploymentConfig d : deployments) {
      if (d.labels().entrySet().containsAll(s.selector().entrySet())) {
        return;
      }
    }
    r.conversion().warn(r.value("selector"), r.child("selector"), "service '" + s.name()
        + "' selects no pod: no deployment's labels match " + s.selector());
  }

  /** Ordinals index a deployment's initial pods; one at or past its replicas selects nothing. */
  private static void warnIfOrdinalBeyondReplicas(ObjectReader fault,
      List<DeploymentConfig> deployments) {
    if (!fault.has("pods")) {
      return;
    }
    ObjectReader pods = fault.object("pods");
    String deployment = pods.text("deployment");
    int replicas = deployments.stream().filter(d -> d.name().equals(deployment))
        .mapToInt(DeploymentConfig::replicas).findFirst().orElse(Integer.MAX_VALUE);
    for (int ordinal : pods.integers("ordinals")) {
      if (ordinal >= replicas) {
        pods.conversion().warn(pods.value("ordinals"), pods.child("ordinals"), "pod ordinal "
            + ordinal + " is beyond deployment '" + deployment + "', whose initial pods are 0 to "
            + (replicas - 1) + ": it selects no pod");
        return;
      }
    }
  }

  private static Set<String> names(List<String> names) {
    return new HashSet<>(names);
  }
}
