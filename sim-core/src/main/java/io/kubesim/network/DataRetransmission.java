package io.kubesim.network;

import io.kubesim.config.Checks;

/**
 * When a sender retransmits an unacknowledged data segment on an established TCP connection,
 * and when it gives up on the connection (Linux).
 *
 * <p>Design notes. The retransmission timeout (RTO) starts from the connection's RTT estimate:
 * after the first RTT sample {@code m} (the handshake), Linux sets {@code srtt = m} and
 * {@code rttvar = max(2m, tcp_rto_min)}, so {@code RTO = m + max(2m, tcp_rto_min)} — about
 * {@code tcp_rto_min} (200 ms) inside a cluster ({@code tcp_rtt_estimator}, {@code
 * tcp_set_rto}; RFC 6298 §2). Each expiry retransmits the oldest segment and doubles the RTO, up
 * to {@code tcp_rto_max} (120 s). The connection is abandoned at the first expiry at which the
 * time since the segment was first sent reaches the give-up time that {@code tcp_retries2}
 * stands for: {@code tcp_model_timeout} takes the retransmissions of an RTO series starting at
 * {@code tcp_rto_min}, doubling until {@code tcp_rto_max}, so 15 retries give 1023 × 0.2 s + 6 ×
 * 120 s = 924.6 s. (The kernel uses the constant {@code TCP_RTO_MIN} there; kubesim uses the
 * configured minimum for both.) Sources: tcp(7), {@code Documentation/networking/ip-sysctl.rst}
 * ({@code tcp_retries2}), {@code net/ipv4/tcp_timer.c} {@code retransmits_timed_out}.
 *
 * @param rtoMinSeconds {@code tcp_rto_min}: the smallest RTO (Linux 200 ms)
 * @param rtoMaxSeconds {@code tcp_rto_max}: the largest RTO (Linux 120 s)
 * @param retries2 {@code net.ipv4.tcp_retries2}: the retransmission budget before the connection
 *     is abandoned, as a time (Linux default 15, about 924.6 s)
 */
public record DataRetransmission(double rtoMinSeconds, double rtoMaxSeconds, int retries2) {

  public DataRetransmission {
    Checks.positive("network.tcpRtoMin", rtoMinSeconds);
    Checks.positive("network.tcpRtoMax", rtoMaxSeconds);
    if (rtoMaxSeconds < rtoMinSeconds) {
      throw new IllegalArgumentException("network.tcpRtoMax must be at least network.tcpRtoMin, got "
          + rtoMaxSeconds + " < " + rtoMinSeconds);
    }
    Checks.inRange("network.tcpRetries2", retries2, 1, 50);
  }

  /** Linux defaults: RTO from 200 ms, at most 120 s, {@code tcp_retries2} 15. */
  public static DataRetransmission linux() {
    return new DataRetransmission(0.2, 120, 15);
  }

  /** The first RTO of a connection whose round-trip time is {@code rttSeconds}, seconds. */
  public double initialRto(double rttSeconds) {
    return Math.min(rtoMaxSeconds, rttSeconds + Math.max(2 * rttSeconds, rtoMinSeconds));
  }

  /** The RTO after one more expiry: doubled, at most {@code tcp_rto_max}. */
  public double backOff(double rtoSeconds) {
    return Math.min(rtoMaxSeconds, 2 * rtoSeconds);
  }

  /**
   * Time after a segment's first transmission from which the connection is abandoned (Linux
   * {@code tcp_model_timeout(retries2, rto_min)}): 924.6 s for the defaults.
   */
  public double giveUpSeconds() {
    int linearBackoffThreshold = 0;
    while (rtoMinSeconds * (2L << linearBackoffThreshold) <= rtoMaxSeconds) {
      linearBackoffThreshold++;
    }
    if (retries2 <= linearBackoffThreshold) {
      return ((2L << retries2) - 1) * rtoMinSeconds;
    }
    return ((2L << linearBackoffThreshold) - 1) * rtoMinSeconds
        + (retries2 - linearBackoffThreshold) * rtoMaxSeconds;
  }
}
