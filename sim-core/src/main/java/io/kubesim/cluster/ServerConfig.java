package io.kubesim.cluster;

import io.kubesim.config.Checks;
import io.kubesim.dist.Distribution;

/**
 * A pod's server as a queueing station: {@code concurrency} workers, FIFO queue of bounded
 * length (a request that finds the queue full is answered 503 at once).
 *
 * @param concurrency parallel workers (c of M/M/c)
 * @param serviceTime service time of one request, seconds
 * @param queueCapacity requests that may wait beyond those in service (K − c of M/M/c/K)
 * @param probeServiceTime time to answer a health-check request, seconds
 * @param probeHandling whether health checks wait for a worker like requests (shared, the usual
 *     single HTTP server) or are answered at once by a handler of their own (dedicated: a separate
 *     port or thread, as many frameworks offer for their health endpoints)
 */
public record ServerConfig(
    int concurrency, Distribution serviceTime, int queueCapacity, Distribution probeServiceTime,
    ProbeHandling probeHandling) {

  /** Who answers the kubelet's HTTP probes. */
  public enum ProbeHandling {
    /** The request workers, in FIFO order with requests: a saturated pod fails its probes. */
    SHARED,
    /** A handler of their own: answered at once, taking no worker and never queued. */
    DEDICATED
  }

  /** A server whose probes share the request workers. */
  public ServerConfig(
      int concurrency, Distribution serviceTime, int queueCapacity, Distribution probeServiceTime) {
    this(concurrency, serviceTime, queueCapacity, probeServiceTime, ProbeHandling.SHARED);
  }

  public ServerConfig {
    if (probeHandling == null) {
      throw new IllegalArgumentException("server.probeHandling is required");
    }
    Checks.inRange("server.concurrency", concurrency, 1, 100_000);
    if (serviceTime == null) {
      throw new IllegalArgumentException("server.serviceTime is required");
    }
    Checks.inRange("server.queueCapacity", queueCapacity, 0, 10_000_000);
    if (probeServiceTime == null) {
      throw new IllegalArgumentException("server.probeServiceTime is required");
    }
  }
}
