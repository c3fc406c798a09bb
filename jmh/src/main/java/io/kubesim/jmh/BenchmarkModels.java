package io.kubesim.jmh;

import io.kubesim.cluster.DeploymentConfig;
import io.kubesim.cluster.KubeletConfig;
import io.kubesim.cluster.NodeConfig;
import io.kubesim.cluster.Placement;
import io.kubesim.cluster.PodTemplate;
import io.kubesim.cluster.ServerConfig;
import io.kubesim.cluster.SigtermBehaviour;
import io.kubesim.config.ModelConfig;
import io.kubesim.controlplane.ControlPlaneConfig;
import io.kubesim.dist.Distribution;
import io.kubesim.fault.FaultConfig;
import io.kubesim.fault.HostSelector;
import io.kubesim.network.NetworkConfig;
import io.kubesim.probe.ProbeCheck;
import io.kubesim.probe.ProbeConfig;
import io.kubesim.proxy.KubeProxyConfig;
import io.kubesim.proxy.ServiceConfig;
import io.kubesim.traffic.Arrivals;
import io.kubesim.traffic.ClientConfig;
import io.kubesim.traffic.ConnectionConfig;
import io.kubesim.traffic.RateProfile;
import io.kubesim.traffic.RetryConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The models the whole-scenario benchmarks run, built in Java (the jmh module depends on sim-core
 * only). {@link #asymmetricPartition} has the parameters of
 * {@code scenarios/examples/asymmetric-partition.yaml}: 6 nodes, one pod each (4 workers,
 * exponential 20 ms service, queue 100), 600 requests/s from every node, connect timeout 3 s,
 * request timeout 5 s, node-3 cut from its peers from 60 s to 180 s.
 */
public final class BenchmarkModels {
  private BenchmarkModels() {}

  /** The headline scenario's model at {@code ratePerSecond}; {@code throughput} picks the policy. */
  public static ModelConfig asymmetricPartition(double ratePerSecond, boolean throughput) {
    ProbeCheck check = throughput
        ? new ProbeCheck.Throughput(300, ProbeCheck.Readmission.AFTER, 30)
        : new ProbeCheck.Http();
    List<FaultConfig> faults = List.of(new FaultConfig.Partition("gray-partition", 60, 120,
        HostSelector.ofNodes("node-3"), HostSelector.everyNode(), FaultConfig.Direction.BOTH));
    return model(6, 6, 4, ratePerSecond, check, faults);
  }

  /**
   * Kubernetes' documented scale limits: 5,000 nodes and 150,000 pods (30 per node, one
   * deployment behind one service), with clients on every node.
   */
  public static ModelConfig largeCluster(double ratePerSecond) {
    return largeCluster(5000, 150_000, ratePerSecond);
  }

  /** {@link #largeCluster(double)} with {@code nodes} nodes and {@code pods} pods. */
  public static ModelConfig largeCluster(int nodes, int pods, double ratePerSecond) {
    return model(nodes, pods, 2, ratePerSecond, new ProbeCheck.Http(), List.of());
  }

  private static ModelConfig model(int nodes, int replicas, int concurrency, double rate,
      ProbeCheck readiness, List<FaultConfig> faults) {
    List<NodeConfig> ns = new ArrayList<>();
    String[] zones = {"a", "b", "c"};
    for (int i = 1; i <= nodes; i++) {
      ns.add(new NodeConfig("node-" + i, zones[(i - 1) % 3], "10.244." + i + ".0/24", 110));
    }
    ServerConfig server = new ServerConfig(concurrency, new Distribution.Exponential(0.02), 100,
        new Distribution.Constant(0.001));
    PodTemplate template = new PodTemplate(server, new Distribution.Constant(5),
        Optional.of(ProbeConfig.defaults(readiness)), Optional.empty(), Optional.empty(), 30, 0,
        SigtermBehaviour.DRAIN, Optional.empty());
    DeploymentConfig web = new DeploymentConfig("web", replicas, Map.of("app", "web"),
        Placement.spread(), template, DeploymentConfig.defaultMaxSurge(replicas),
        DeploymentConfig.defaultMaxUnavailable(replicas));
    ClientConfig clients = new ClientConfig("frontend", "web", false, List.of(),
        new Arrivals.Poisson(new RateProfile.Constant(rate)), ConnectionConfig.perRequest(),
        RetryConfig.none(), 3, 5, 10);
    return new ModelConfig(ns, KubeletConfig.defaults(), ControlPlaneConfig.defaults(),
        KubeProxyConfig.defaults(), NetworkConfig.defaults(), List.of(web),
        List.of(ServiceConfig.clusterIp("web", Map.of("app", "web"))), List.of(clients), faults);
  }
}
