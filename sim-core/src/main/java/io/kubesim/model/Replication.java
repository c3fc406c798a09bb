package io.kubesim.model;

import io.kubesim.cluster.Deployment;
import io.kubesim.cluster.Kubelet;
import io.kubesim.cluster.Node;
import io.kubesim.cluster.Pod;
import io.kubesim.config.ExperimentConfig;
import io.kubesim.config.ModelConfig;
import io.kubesim.engine.EventLists;
import io.kubesim.engine.RandomStreams.ReplicationStreams;
import io.kubesim.metrics.ReplicationOutput;
import io.kubesim.traffic.Client;
import io.kubesim.world.World;
import java.util.ArrayList;
import java.util.List;
import umontreal.ssj.simevents.Simulator;

/** Runs one replication of one model: builds its world, simulates, and collects the output. */
public final class Replication {
  private Replication() {}

  /**
   * Simulates {@code model} for {@code settings.durationSeconds()} with {@code streams}.
   *
   * @param recordMembership whether to keep the endpoint-membership timeline
   */
  public static ReplicationOutput run(ModelConfig model, ExperimentConfig settings,
      ReplicationStreams streams, boolean recordMembership) {
    World w = build(model, settings, streams, recordMembership);
    double end = settings.durationSeconds();
    double drain = drainSeconds(model);
    CountingStop stop = new CountingStop(w.sim);
    stop.schedule(end + drain);
    w.sim.start();
    return collect(w, end, recordMembership);
  }

  /**
   * Builds the world of one replication at time zero, in its steady state, with every initial
   * event scheduled (probes, heartbeats, arrivals, faults, metric buckets) but nothing run: what
   * {@link #run} simulates. Also used to measure the model's memory footprint.
   */
  public static World build(ModelConfig model, ExperimentConfig settings,
      ReplicationStreams streams, boolean recordMembership) {
    Simulator sim = new Simulator(EventLists.create());
    sim.init();
    World w = new World(sim, model, settings, streams, recordMembership);
    for (Deployment d : w.deployments) {
      d.createInitialPods();
    }
    w.api.initialise();
    w.tracking.initialiseEndpoints();
    for (Node n : w.nodes) {
      Kubelet.startHeartbeats(w, n);
    }
    w.nodeLifecycle.start();
    if (w.peerReachability != null) {
      w.peerReachability.start();
    }
    for (Client c : w.clients) {
      c.start();
    }
    w.faults.scheduleAll();
    double bucket = settings.bucketSeconds();
    for (int b = 0; b < w.metrics.buckets(); b++) {
      final int index = b;
      double at = Math.min((b + 1) * bucket, settings.durationSeconds());
      w.after(at, () -> w.metrics.recordReadyEndpoints(index,
          w.tracking.observed == null ? Double.NaN : w.tracking.observed.current.size()));
    }
    return w;
  }

  /** Time after the last arrival for in-flight requests (with their retries) to finish. */
  private static double drainSeconds(ModelConfig model) {
    double d = 0;
    for (var c : model.clients()) {
      double attempt = Math.max(c.requestTimeoutSeconds(), 0);
      double total = 0;
      for (int i = 0; i <= c.retries().maxRetries(); i++) {
        total += attempt + (i > 0 ? c.retries().backoffBefore(i) : 0);
      }
      d = Math.max(d, total);
    }
    return Math.min(d + 1, 3600);
  }

  private static ReplicationOutput collect(World w, double end, boolean recordMembership) {
    List<ReplicationOutput.PodServed> served = new ArrayList<>();
    double max = 0;
    double sum = 0;
    int n = 0;
    if (w.tracking.observed != null) {
      for (Pod p : w.pods) {
        if (w.tracking.observed.selected.contains(p.deployment)) {
          served.add(new ReplicationOutput.PodServed(
              p.name, p.node == null ? "" : p.node.config.name(), p.served));
          if (p.everReady || p.served > 0) {
            max = Math.max(max, p.served);
            sum += p.served;
            n++;
          }
        }
      }
    }
    double imbalance = n == 0 || sum == 0 ? Double.NaN : max / (sum / n);
    return new ReplicationOutput(
        w.metrics.outcomes(),
        w.tracking.capacityLostAfterHeal(end),
        imbalance,
        w.metrics.series(),
        w.metrics.latencyHistogram(),
        served,
        recordMembership ? w.tracking.membership(end) : List.of(),
        w.attempts.created());
  }

  /** Stops the simulation. */
  private static final class CountingStop extends umontreal.ssj.simevents.Event {
    CountingStop(Simulator sim) {
      super(sim);
    }

    @Override
    public void actions() {
      sim.stop();
    }
  }
}
