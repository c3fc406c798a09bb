package io.kubesim.config;

import io.kubesim.cluster.DeploymentConfig;
import io.kubesim.cluster.KubeletConfig;
import io.kubesim.cluster.NodeConfig;
import io.kubesim.controlplane.ControlPlaneConfig;
import io.kubesim.fault.FaultConfig;
import io.kubesim.network.NetworkConfig;
import io.kubesim.probe.PeerReachabilityConfig;
import io.kubesim.proxy.KubeProxyConfig;
import io.kubesim.proxy.ServiceConfig;
import io.kubesim.traffic.ClientConfig;
import io.kubesim.traffic.DnsConfig;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything one variant simulates: the cluster, its workloads and services, its clients and the
 * faults on its timeline. Cross-references (a client's service, a fault's node) are checked here.
 *
 * @param peerReachability the peer-reachability node agents and their controller, if deployed
 * @param dns cluster DNS (CoreDNS behind kube-dns), if clients resolve names before connecting
 */
public record ModelConfig(
    List<NodeConfig> nodes,
    KubeletConfig kubelet,
    ControlPlaneConfig controlPlane,
    KubeProxyConfig kubeProxy,
    NetworkConfig network,
    List<DeploymentConfig> deployments,
    List<ServiceConfig> services,
    List<ClientConfig> clients,
    List<FaultConfig> faults,
    Optional<PeerReachabilityConfig> peerReachability,
    Optional<DnsConfig> dns) {

  /** A model without peer-reachability agents and without cluster DNS. */
  public ModelConfig(
      List<NodeConfig> nodes,
      KubeletConfig kubelet,
      ControlPlaneConfig controlPlane,
      KubeProxyConfig kubeProxy,
      NetworkConfig network,
      List<DeploymentConfig> deployments,
      List<ServiceConfig> services,
      List<ClientConfig> clients,
      List<FaultConfig> faults) {
    this(nodes, kubelet, controlPlane, kubeProxy, network, deployments, services, clients, faults,
        Optional.empty(), Optional.empty());
  }

  /**
   * Checks the references; with cluster DNS, appends the CoreDNS deployment and the kube-dns
   * service (names reserved for them) unless they are already there.
   */
  public ModelConfig {
    nodes = List.copyOf(nodes);
    dns = dns == null ? Optional.empty() : dns;
    if (dns.isPresent()) {
      deployments = withReserved(deployments, dns.get().coreDnsDeployment(),
          DeploymentConfig::name, "deployment");
      services = withReserved(services, dns.get().kubeDnsService(), ServiceConfig::name, "service");
    }
    deployments = List.copyOf(deployments);
    services = List.copyOf(services);
    clients = List.copyOf(clients);
    faults = List.copyOf(faults);
    if (kubelet == null || controlPlane == null || kubeProxy == null || network == null
        || peerReachability == null) {
      throw new IllegalArgumentException("kubelet, controlPlane, kubeProxy, network are required");
    }
    if (nodes.isEmpty()) {
      throw new IllegalArgumentException("the cluster needs at least one node");
    }
    Set<String> nodeNames = unique("node", nodes.stream().map(NodeConfig::name).toList());
    Set<String> zones = new HashSet<>(nodes.stream().map(NodeConfig::zone).toList());
    Set<String> deploymentNames =
        unique("deployment", deployments.stream().map(DeploymentConfig::name).toList());
    Set<String> serviceNames = unique("service", services.stream().map(ServiceConfig::name).toList());
    unique("client", clients.stream().map(ClientConfig::name).toList());
    unique("fault", faults.stream().map(FaultConfig::name).toList());
    for (DeploymentConfig d : deployments) {
      for (String n : d.placement().nodes()) {
        requireKnown("deployment " + d.name() + " placement node", n, nodeNames);
      }
    }
    for (ClientConfig c : clients) {
      requireKnown("client " + c.name() + " service", c.service(), serviceNames);
      checkMeshClient(c, services);
      for (String n : c.nodes()) {
        requireKnown("client " + c.name() + " node", n, nodeNames);
      }
    }
    for (FaultConfig f : faults) {
      FaultReferences.check(f, nodeNames, zones, deploymentNames);
    }
  }

  /**
   * A client of a meshed service sends through its node's proxy: it must run in the cluster, and
   * the proxy retries, so the client itself must not.
   */
  public static void checkMeshClient(ClientConfig c, List<ServiceConfig> services) {
    for (ServiceConfig s : services) {
      if (!s.name().equals(c.service()) || s.mesh().isEmpty()) {
        continue;
      }
      if (c.external()) {
        throw new IllegalArgumentException("client " + c.name() + " is external, but service "
            + s.name() + " has a mesh: mesh proxies run beside in-cluster clients");
      }
      if (c.retries().maxRetries() > 0) {
        throw new IllegalArgumentException("client " + c.name() + " retries, but service "
            + s.name() + " has a mesh whose proxy retries (mesh.retries); set one of them");
      }
    }
  }

  private static <T> List<T> withReserved(
      List<T> items, T reserved, Function<T, String> name, String what) {
    String n = name.apply(reserved);
    for (T t : items) {
      if (name.apply(t).equals(n)) {
        if (!t.equals(reserved)) {
          throw new IllegalArgumentException(what + " name '" + n
              + "' is reserved for the cluster DNS (spec.cluster.dns)");
        }
        return items;
      }
    }
    List<T> out = new ArrayList<>(items);
    out.add(reserved);
    return out;
  }

  private static Set<String> unique(String what, List<String> names) {
    Set<String> seen = new HashSet<>();
    for (String n : names) {
      if (!seen.add(n)) {
        throw new IllegalArgumentException("duplicate " + what + " name '" + n + "'");
      }
    }
    return seen;
  }

  public static void requireKnown(String what, String name, Set<String> known) {
    if (!known.contains(name)) {
      throw new IllegalArgumentException(what + " '" + name + "' does not exist; known: "
          + known.stream().sorted().toList());
    }
  }
}
