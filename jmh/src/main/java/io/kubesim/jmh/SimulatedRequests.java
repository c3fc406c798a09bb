package io.kubesim.jmh;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The {@code requests} counter of the whole-scenario benchmarks: simulated requests, which JMH
 * reports per second of wall-clock time.
 */
@AuxCounters(AuxCounters.Type.OPERATIONS)
@State(Scope.Thread)
public class SimulatedRequests {
  /** Requests simulated. */
  public long requests;

  /** Clears the count before each iteration. */
  @Setup(Level.Iteration)
  public void clear() {
    requests = 0;
  }
}
