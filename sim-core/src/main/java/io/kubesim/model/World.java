package io.kubesim.model;

import io.kubesim.cluster.DeploymentConfig;
import io.kubesim.engine.RandomStreams.ReplicationStreams;
import io.kubesim.engine.StreamPurpose;
import io.kubesim.experiment.ExperimentConfig;
import io.kubesim.experiment.ModelConfig;
import io.kubesim.metrics.ReplicationMetrics;
import io.kubesim.network.Network;
import io.kubesim.proxy.ServiceConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import umontreal.ssj.rng.RandomStream;
import umontreal.ssj.simevents.Simulator;

/** Everything one replication simulates, wired together. */
final class World {
  final Simulator sim;
  final ModelConfig config;
  final ExperimentConfig settings;
  final double arrivalsEnd;

  final RandomStream arrivalStream;
  final RandomStream placementStream;
  final RandomStream serviceStream;
  final RandomStream latencyStream;
  final RandomStream lossStream;
  final RandomStream lbStream;
  final RandomStream probeStream;
  final RandomStream controlPlaneStream;
  final RandomStream lifecycleStream;
  final RandomStream faultStream;

  final Network network;
  final Node[] nodes;
  final Map<String, Node> nodeByName = new HashMap<>();
  final Service[] services;
  final Deployment[] deployments;
  final Map<String, Deployment> deploymentByName = new HashMap<>();
  final Client[] clients;
  final List<Pod> pods = new ArrayList<>();
  final AttemptPool attempts;
  final ReplicationMetrics metrics;
  final ApiServer api;
  final NodeLifecycleController nodeLifecycle;
  final Tracking tracking;
  final FaultInjector faults;

  World(Simulator sim, ModelConfig config, ExperimentConfig settings, ReplicationStreams streams,
      boolean recordMembership) {
    this.sim = sim;
    this.config = config;
    this.settings = settings;
    this.arrivalsEnd = settings.durationSeconds();
    arrivalStream = streams.stream(StreamPurpose.ARRIVALS);
    placementStream = streams.stream(StreamPurpose.CLIENT_PLACEMENT);
    serviceStream = streams.stream(StreamPurpose.SERVICE);
    latencyStream = streams.stream(StreamPurpose.LATENCY);
    lossStream = streams.stream(StreamPurpose.LOSS);
    lbStream = streams.stream(StreamPurpose.LOAD_BALANCING);
    probeStream = streams.stream(StreamPurpose.PROBES);
    controlPlaneStream = streams.stream(StreamPurpose.CONTROL_PLANE);
    lifecycleStream = streams.stream(StreamPurpose.LIFECYCLE);
    faultStream = streams.stream(StreamPurpose.FAULTS);

    metrics = new ReplicationMetrics(
        settings.warmUpSeconds(), settings.durationSeconds(), settings.bucketSeconds());
    attempts = new AttemptPool(this);
    network = new Network(config.nodes().size(), config.network());

    List<ServiceConfig> sc = config.services();
    services = new Service[sc.size()];
    for (int i = 0; i < services.length; i++) {
      services[i] = new Service(i, sc.get(i));
    }
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
  }

  double now() {
    return sim.time();
  }

  /** Runs {@code action} after {@code delay} seconds (control-plane paths; allocates a timer). */
  Timer after(double delay, Runnable action) {
    Timer t = new Timer(sim, action);
    t.schedule(Math.max(0, delay));
    return t;
  }
}
