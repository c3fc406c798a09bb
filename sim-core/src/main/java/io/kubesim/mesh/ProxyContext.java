package io.kubesim.mesh;

import io.kubesim.cluster.Pod;
import umontreal.ssj.rng.RandomStream;
import umontreal.ssj.simevents.Simulator;

/** What a balancer needs from the replication: the clock, its random stream, and a witness. */
public interface ProxyContext {

  /** The simulator (time in seconds) for the balancer's timers. */
  Simulator sim();

  /** The mesh's random stream (picks, enforcement draws, jitter). */
  RandomStream random();

  /** The balancer ejected {@code host} at {@code now}. */
  void onEjected(Pod host, double now);

  /** The set of endpoints the balancer would send new requests to may have changed. */
  void onRoutesChanged();
}
