package io.kubesim.scenarios.spec;

import io.kubesim.cluster.DeploymentConfig;
import io.kubesim.cluster.NodeConfig;
import io.kubesim.config.ModelConfig;
import io.kubesim.fault.FaultConfig;
import io.kubesim.proxy.ServiceConfig;
import io.kubesim.traffic.ClientConfig;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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

    List<ObjectReader> deploymentReaders = spec.objects("deployments");
    List<ObjectReader> serviceReaders = spec.objects("services");
    References refs = new References(
        names(nodes.stream().map(NodeConfig::name).toList()),
        names(nodes.stream().map(NodeConfig::zone).toList()),
        names(deploymentReaders.stream().map(r -> r.text("name")).toList()),
        names(serviceReaders.stream().map(r -> r.text("name")).toList()));

    List<DeploymentConfig> deployments = new ArrayList<>();
    for (ObjectReader r : deploymentReaders) {
      deployments.add(WorkloadConverter.deployment(r, refs));
    }
    List<ServiceConfig> services = new ArrayList<>();
    for (ObjectReader r : serviceReaders) {
      services.add(WorkloadConverter.service(r));
    }
    List<ClientConfig> clients = new ArrayList<>();
    for (ObjectReader r : spec.objects("clients")) {
      clients.add(TrafficConverter.client(r, refs));
    }
    List<FaultConfig> faults = new ArrayList<>();
    for (ObjectReader r : spec.objects("faults")) {
      faults.add(FaultConverter.fault(r, refs));
    }
    return Conversion.build(spec.node(), spec.path(), () -> new ModelConfig(nodes, kubelet,
        controlPlane, kubeProxy, network, deployments, services, clients, faults));
  }

  private static Set<String> names(List<String> names) {
    return new HashSet<>(names);
  }
}
