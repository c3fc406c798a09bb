package io.kubesim.mesh;

import io.kubesim.cluster.Pod;
import io.kubesim.engine.EventLists;
import io.kubesim.config.ExperimentConfig;
import io.kubesim.engine.RandomStreams;
import io.kubesim.engine.Timer;
import io.kubesim.experiment.Models;
import io.kubesim.world.World;
import java.util.ArrayList;
import java.util.List;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.rng.RandomStream;
import umontreal.ssj.simevents.Simulator;

/** A stand-alone proxy context for balancer tests: its own simulator, stream and witness. */
final class TestProxy implements ProxyContext {
  final Simulator sim = new Simulator(EventLists.create());
  final RandomStream random = new MRG32k3a();
  final List<Pod> ejected = new ArrayList<>();
  final List<Double> ejectedAt = new ArrayList<>();
  int routeChanges;

  TestProxy() {
    sim.init();
  }

  @Override
  public Simulator sim() {
    return sim;
  }

  @Override
  public RandomStream random() {
    return random;
  }

  @Override
  public void onEjected(Pod host, double now) {
    ejected.add(host);
    ejectedAt.add(now);
  }

  @Override
  public void onRoutesChanged() {
    routeChanges++;
  }

  /** Runs the simulation (timers such as ejection sweeps) until {@code t} seconds. */
  void runUntil(double t) {
    new Timer(sim, sim::stop).schedule(t - sim.time());
    sim.start();
  }

  /** {@code n} pods of a small model's deployment (created, not started). */
  static Pod[] pods(int n) {
    Simulator s = new Simulator(EventLists.create());
    s.init();
    Models m = new Models();
    m.replicas = n;
    World w = new World(s, m.build(), new ExperimentConfig(60, 5, 1, 1, 5),
        new RandomStreams(1).forReplication(0), false);
    w.deployments[0].createInitialPods();
    return w.pods.toArray(new Pod[0]);
  }
}
