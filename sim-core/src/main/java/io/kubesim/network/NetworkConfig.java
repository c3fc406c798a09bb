package io.kubesim.network;

import io.kubesim.config.Checks;
import io.kubesim.dist.Distribution;

/**
 * The network between hosts.
 *
 * @param hopLatency one-way latency of one hop between two hosts, seconds
 * @param lossProbability probability that one packet is lost, in [0, 1)
 * @param tcpSynRetries {@code net.ipv4.tcp_syn_retries}: SYN retransmissions before connect gives
 *     up (Linux default 6: retransmits at 1, 3, 7, 15, 31, 63 s, gives up at 127 s)
 * @param synInitialRtoSeconds the first SYN retransmission timeout (1 s), doubled on each retry
 * @param dataRetransmission when a lost or blocked data segment is sent again, and when the
 *     connection is abandoned ({@code tcp_rto_min}, {@code tcp_rto_max}, {@code tcp_retries2})
 */
public record NetworkConfig(
    Distribution hopLatency,
    double lossProbability,
    int tcpSynRetries,
    double synInitialRtoSeconds,
    DataRetransmission dataRetransmission) {

  public NetworkConfig {
    if (hopLatency == null) {
      throw new IllegalArgumentException("network.hopLatency is required");
    }
    Checks.inRange("network.lossProbability", lossProbability, 0, 0.99);
    Checks.inRange("network.tcpSynRetries", tcpSynRetries, 0, 20);
    Checks.positive("network.synInitialRtoSeconds", synInitialRtoSeconds);
    if (dataRetransmission == null) {
      throw new IllegalArgumentException("network data retransmission settings are required");
    }
  }

  /** Kubernetes-node defaults: 250 µs median hop latency, no loss, Linux TCP settings. */
  public static NetworkConfig defaults() {
    return new NetworkConfig(
        new Distribution.LogNormal(0.00025, 0.002), 0, 6, 1.0, DataRetransmission.linux());
  }
}
