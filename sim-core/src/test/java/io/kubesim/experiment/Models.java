package io.kubesim.experiment;

import io.kubesim.cluster.DeploymentConfig;
import io.kubesim.cluster.KubeletConfig;
import io.kubesim.cluster.NodeConfig;
import io.kubesim.cluster.Placement;
import io.kubesim.cluster.PodTemplate;
import io.kubesim.cluster.ServerConfig;
import io.kubesim.config.ExperimentConfig;
import io.kubesim.engine.EventLists;
import io.kubesim.engine.RandomStreams;
import io.kubesim.config.ModelConfig;
import io.kubesim.controlplane.ControlPlaneConfig;
import io.kubesim.dist.Distribution;
import io.kubesim.fault.FaultConfig;
import io.kubesim.network.DataRetransmission;
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
import io.kubesim.world.World;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import umontreal.ssj.simevents.Simulator;

/** A small fluent builder of models for tests. */
public final class Models {
  public int nodes = 6;
  /** Node i is in zone-((i − 1) mod zones). */
  public int zones = 3;
  public int replicas = 6;
  public int concurrency = 4;
  public int queueCapacity = 100;
  public Distribution serviceTime = new Distribution.Exponential(0.02);
  public Distribution hop = new Distribution.Constant(0.0002);
  public ServerConfig.ProbeHandling probeHandling = ServerConfig.ProbeHandling.SHARED;
  public ProbeCheck readiness = new ProbeCheck.Http();
  /** Null: no readiness probe (no probe traffic in the queue). */
  public Optional<ProbeConfig> liveness = Optional.empty();
  public Optional<io.kubesim.cluster.WarmCacheConfig> warmCache = Optional.empty();
  public double rate = 600;
  public Arrivals arrivals;
  public RetryConfig retries = RetryConfig.none();
  public ConnectionConfig connections = ConnectionConfig.perRequest();
  public double connectTimeout = 30;
  public double requestTimeout = 5;
  public boolean external;
  public List<String> clientNodes = List.of();
  public ServiceConfig service = ServiceConfig.clusterIp("web", Map.of("app", "web"));
  public ControlPlaneConfig controlPlane = ControlPlaneConfig.defaults();
  public KubeProxyConfig kubeProxy = KubeProxyConfig.defaults();
  public Placement placement = Placement.spread();
  public double lossProbability;
  /** Negative: Kubernetes' default (25 %). */
  public int maxSurge = -1;
  /** Negative: Kubernetes' default (25 %). */
  public int maxUnavailable = -1;
  public double terminationGracePeriodSeconds = 30;
  /** Cluster DNS; none by default. */
  public Optional<io.kubesim.traffic.DnsConfig> dns = Optional.empty();
  public double preStopSleepSeconds;
  public io.kubesim.cluster.SigtermBehaviour sigterm = io.kubesim.cluster.SigtermBehaviour.DRAIN;
  public final List<FaultConfig> faults = new ArrayList<>();
  public Optional<io.kubesim.probe.PeerReachabilityConfig> peerReachability = Optional.empty();

  /**
   * A world of this model, built but not started (nothing is scheduled yet), for tests that
   * drive one mechanism by hand: 60-second runs, seed 1, replication 0, the engine's event list.
   */
  public World world() {
    Simulator sim = new Simulator(EventLists.create());
    sim.init();
    return new World(sim, build(), new ExperimentConfig(60, 5, 1, 1, 5),
        new RandomStreams(1).forReplication(0), false);
  }

  public ModelConfig build() {
    List<NodeConfig> ns = new ArrayList<>();
    for (int i = 1; i <= nodes; i++) {
      ns.add(new NodeConfig("node-" + i, "zone-" + ((i - 1) % zones), "10.244." + i + ".0/24", 110));
    }
    ServerConfig server = new ServerConfig(
        concurrency, serviceTime, queueCapacity, new Distribution.Constant(0.001), probeHandling);
    PodTemplate template = new PodTemplate(server, new Distribution.Constant(2),
        Optional.ofNullable(readiness).map(ProbeConfig::defaults), liveness, Optional.empty(),
        terminationGracePeriodSeconds, preStopSleepSeconds, sigterm, warmCache);
    DeploymentConfig d = new DeploymentConfig("web", replicas, Map.of("app", "web"), placement,
        template, maxSurge >= 0 ? maxSurge : DeploymentConfig.defaultMaxSurge(replicas),
        maxUnavailable >= 0 ? maxUnavailable : DeploymentConfig.defaultMaxUnavailable(replicas));
    Arrivals a = arrivals != null ? arrivals : new Arrivals.Poisson(new RateProfile.Constant(rate));
    ClientConfig c = new ClientConfig("clients", "web", external, clientNodes, a, connections,
        retries, connectTimeout, requestTimeout, 10);
    NetworkConfig net = new NetworkConfig(hop, lossProbability, 6, 1, DataRetransmission.linux());
    return new ModelConfig(ns, KubeletConfig.defaults(), controlPlane, kubeProxy, net,
        List.of(d), List.of(service), List.of(c), faults, peerReachability, dns);
  }

  /** node-k cut from every other node (both ways), still reaching the control plane. */
  public Models grayPartition(String node, double at, double duration) {
    faults.add(new FaultConfig.Partition("gray", at, duration,
        io.kubesim.fault.HostSelector.ofNodes(node), io.kubesim.fault.HostSelector.everyNode(),
        FaultConfig.Direction.BOTH));
    return this;
  }

  public static Experiment experiment(double duration, double warmUp, int reps, long seed,
      Variant... variants) {
    return new Experiment("test", "", new ExperimentConfig(duration, warmUp, reps, seed, 5),
        List.of(variants), List.of(), "");
  }

  public static Variant variant(String name, ModelConfig m) {
    return new Variant(name, Map.of(), m);
  }
}
