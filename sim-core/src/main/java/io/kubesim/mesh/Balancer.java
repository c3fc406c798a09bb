package io.kubesim.mesh;

import io.kubesim.cluster.Pod;
import java.util.function.Predicate;

/**
 * One client proxy's request-level balancer for one service: its endpoint view, how it picks an
 * endpoint per request, and what it learns from each result (outlier detection, latency
 * estimates). One instance per proxy (node) and service, created by {@link Balancers}.
 */
public interface Balancer {

  /** The proxy's endpoint view became {@code hosts} (possibly empty) at {@code now}, seconds. */
  void updateHosts(Pod[] hosts, double now);

  /**
   * Picks the endpoint of a new try at {@code now}, or null when there is none to send to.
   * {@code tried} and {@code triedBefore} are the request's previous tries' endpoints (or null),
   * which a retry host predicate may avoid.
   */
  Pod pick(Pod tried, Pod triedBefore, double now);

  /**
   * A try to {@code host} ended at {@code now} with {@link MeshOutcome} {@code outcome},
   * {@code latencySeconds} after it started.
   */
  void onResult(Pod host, int outcome, double latencySeconds, double now);

  /**
   * How many of the endpoints this proxy would send a new request to now satisfy {@code which}
   * (for exposure: the routes to faulty pods). Not on the request path.
   */
  int countRoutable(Predicate<Pod> which);
}
