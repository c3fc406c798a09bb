package io.kubesim.world;

import io.kubesim.cluster.Deployment;
import io.kubesim.cluster.DeploymentConfig;
import io.kubesim.cluster.EvictionClocks;
import io.kubesim.cluster.Node;
import io.kubesim.cluster.Pod;
import io.kubesim.cluster.ServiceCompletions;
import io.kubesim.config.ExperimentConfig;
import io.kubesim.config.ModelConfig;
import io.kubesim.controlplane.ApiServer;
import io.kubesim.controlplane.NodeLifecycleController;
import io.kubesim.dist.Distribution;
import io.kubesim.dist.DrawAhead;
import io.kubesim.engine.RandomStreams.ReplicationStreams;
import io.kubesim.engine.StreamPurpose;
import io.kubesim.engine.Timer;
import io.kubesim.fault.FaultInjector;
import io.kubesim.mesh.Mesh;
import io.kubesim.metrics.ReplicationMetrics;
import io.kubesim.network.Network;
import io.kubesim.probe.PeerReachability;
import io.kubesim.proxy.RoutingTable;
import io.kubesim.proxy.Service;
import io.kubesim.proxy.ServiceConfig;
import io.kubesim.traffic.AttemptPool;
import io.kubesim.traffic.Client;
import io.kubesim.traffic.ClusterDns;
import io.kubesim.traffic.DnsConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import umontreal.ssj.rng.RandomStream;
import umontreal.ssj.simevents.Simulator;

/**
 * Everything one replication simulates, wired together: the simulator (time in seconds), one
 * random stream per {@link StreamPurpose}, the network, nodes, services, deployments, pods,
 * clients, the control plane, the fault injector and the metrics. Built once per replication by
 * {@code model.Replication}; every mechanism holds it and reads the others through its fields.
 */
public final class World {
  public final Simulator sim;
  public final ModelConfig config;
  final ExperimentConfig settings;
  public final double arrivalsEnd;

  /** Arrivals: uniforms, each with its unit exponential computed ahead. */
  public final DrawAhead arrivalStream;
  /** Each request's source node: uniforms, read ahead. */
  public final DrawAhead placementStream;
  /** Service demands: uniforms, each with its unit exponential computed ahead. */
  public final DrawAhead serviceStream;
  /** Hop latencies, computed ahead. */
  public final DrawAhead latencyStream;
  public final RandomStream lossStream;
  /** kube-proxy's and external load balancers' random choices: uniforms, read ahead. */
  public final DrawAhead lbStream;
  public final RandomStream probeStream;
  public final RandomStream controlPlaneStream;
  public final RandomStream lifecycleStream;
  public final RandomStream faultStream;
  public final RandomStream meshStream;
  public final RandomStream dnsStream;

  public final Network network;
  public final Node[] nodes;
  /** What each node's kube-proxy routes each service to, and how it picks (dense by host). */
  public final RoutingTable routing;
  /** Per node, whether the pods on it have been evicted (read by clients choosing a source). */
  public final EvictionClocks evictionClocks;
  public final Map<String, Node> nodeByName = new HashMap<>();
  public final Service[] services;
  public final Deployment[] deployments;
  public final Map<String, Deployment> deploymentByName = new HashMap<>();
  public final Client[] clients;
  /** Each service's mesh, or null when it has none. */
  public final Mesh[] meshes;
  public final List<Pod> pods = new ArrayList<>();
  public final AttemptPool attempts;
  /** Completion events of pod servers' services in progress, reused. */
  public final ServiceCompletions completions;
  public final ReplicationMetrics metrics;
  public final ApiServer api;
  public final NodeLifecycleController nodeLifecycle;
  public final Tracking tracking;
  public final FaultInjector faults;
  /** The peer-reachability agents and controller, or null when not configured. */
  public final PeerReachability peerReachability;
  /** Cluster DNS, or null when the model has none (clients then connect without a lookup). */
  public final ClusterDns dns;

  public World(Simulator sim, ModelConfig config, ExperimentConfig settings, ReplicationStreams streams,
      boolean recordMembership) {
    this.sim = sim;
    this.config = config;
    this.settings = settings;
    this.arrivalsEnd = settings.durationSeconds();
    // the request path's streams are read ahead in blocks (DrawAhead): the same numbers
    arrivalStream = new DrawAhead(
        streams.stream(StreamPurpose.ARRIVALS), Distribution.UNIT_EXPONENTIAL);
    placementStream = new DrawAhead(streams.stream(StreamPurpose.CLIENT_PLACEMENT), null);
    serviceStream = new DrawAhead(
        streams.stream(StreamPurpose.SERVICE), Distribution.UNIT_EXPONENTIAL);
    latencyStream = new DrawAhead(
        streams.stream(StreamPurpose.LATENCY), config.network().hopLatency());
    lossStream = streams.stream(StreamPurpose.LOSS);
    lbStream = new DrawAhead(streams.stream(StreamPurpose.LOAD_BALANCING), null);
    probeStream = streams.stream(StreamPurpose.PROBES);
    controlPlaneStream = streams.stream(StreamPurpose.CONTROL_PLANE);
    lifecycleStream = streams.stream(StreamPurpose.LIFECYCLE);
    faultStream = streams.stream(StreamPurpose.FAULTS);
    meshStream = streams.stream(StreamPurpose.MESH);
    dnsStream = streams.stream(StreamPurpose.DNS);

    metrics = new ReplicationMetrics(
        settings.warmUpSeconds(), settings.durationSeconds(), settings.bucketSeconds());
    attempts = new AttemptPool(this);
    completions = new ServiceCompletions(sim);
    network = new Network(config.nodes().size(), config.network());

    List<ServiceConfig> sc = config.services();
    services = new Service[sc.size()];
    for (int i = 0; i < services.length; i++) {
      services[i] = new Service(i, sc.get(i));
    }
    evictionClocks =
        new EvictionClocks(config.nodes().size(), config.controlPlane().tolerationSeconds());
    routing = new RoutingTable(this, sc.size(), config.nodes().size());
    nodes = new Node[config.nodes().size()];
    for (int i = 0; i < nodes.length; i++) {
      nodes[i] = new Node(this, i, config.nodes().get(i), sc.size());
    }
    for (Node n : nodes) {
      nodeByName.put(n.config.name(), n);
    }
    deployments = new Deployment[config.deployments().size()];
    for (int i = 0; i < deployments.length; i++) {
      DeploymentConfig dc = config.deployments().get(i);
      deployments[i] = new Deployment(this, dc);
      deploymentByName.put(dc.name(), deployments[i]);
      for (Service s : services) {
        if (s.selects(deployments[i])) {
          s.selected.add(deployments[i]);
        }
      }
    }
    Map<String, Integer> serviceIndex = new HashMap<>();
    for (Service s : services) {
      serviceIndex.put(s.config.name(), s.index);
    }
    meshes = new Mesh[services.length];
    for (Service s : services) {
      meshes[s.index] = s.config.mesh().map(m -> new Mesh(this, s.index, m)).orElse(null);
    }
    dns = config.dns().map(d -> new ClusterDns(this, d,
        serviceIndex.get(DnsConfig.SERVICE), dnsStream)).orElse(null);
    clients = new Client[config.clients().size()];
    for (int i = 0; i < clients.length; i++) {
      clients[i] = new Client(this, config.clients().get(i),
          serviceIndex.get(config.clients().get(i).service()));
    }
    Service observed = clients.length > 0 ? services[clients[0].service]
        : services.length > 0 ? services[0] : null;
    tracking = new Tracking(this, observed, recordMembership);
    api = new ApiServer(this);
    nodeLifecycle = new NodeLifecycleController(this);
    faults = new FaultInjector(this);
    peerReachability = config.peerReachability()
        .map(c -> new PeerReachability(this, c, streams.stream(StreamPurpose.PEER_PROBES)))
        .orElse(null);
  }

  public double now() {
    return sim.time();
  }

  /** Runs {@code action} after {@code delay} seconds (control-plane paths; allocates a timer). */
  public Timer after(double delay, Runnable action) {
    Timer t = new Timer(sim, action);
    t.schedule(Math.max(0, delay));
    return t;
  }
}
