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
 */
public record ServerConfig(
    int concurrency, Distribution serviceTime, int queueCapacity, Distribution probeServiceTime) {
  public ServerConfig {
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
