package io.kubesim.engine;

/**
 * The sources of randomness in a replication; each gets its own MRG32k3a stream so that a change
 * in how one is used (say, more probe jitter draws) does not shift the others.
 */
public enum StreamPurpose {
  /** Inter-arrival times and think times. */
  ARRIVALS,
  /** Which node a request starts on. */
  CLIENT_PLACEMENT,
  /** Service demand of each request, drawn when it is created. */
  SERVICE,
  /** Network hop latency. */
  LATENCY,
  /** Packet loss decisions. */
  LOSS,
  /** kube-proxy, DNS and load-balancer choices. */
  LOAD_BALANCING,
  /** Probe worker start offsets and probe service times. */
  PROBES,
  /** Endpoint propagation delays and scheduling delays. */
  CONTROL_PLANE,
  /** Container start-up times and node heartbeat offsets. */
  LIFECYCLE,
  /** Fault-injected latency. */
  FAULTS,
  /**
   * The points of a sweep's Latin hypercube (substream 0 only): drawn once per sweep from the
   * master seed, before any replication, so that the grid is the same on every engine.
   */
  SWEEP_SAMPLING,
  /** Peer-reachability agents' start offsets and their probes' packet loss. */
  PEER_PROBES,
  /** Mesh proxies: endpoint picks, ejection enforcement, retry back-off, control-plane pushes. */
  MESH,
  /** Cluster DNS: CoreDNS pod choice per query, query loss and CoreDNS query time. */
  DNS
}
