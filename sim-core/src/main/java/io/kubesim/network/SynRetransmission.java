package io.kubesim.network;

/**
 * When a client retransmits an unanswered SYN, and when it gives up: the first retransmission
 * after the initial RTO, each later one after twice the previous wait (Linux: RTO 1 s and
 * {@code tcp_syn_retries} 6 give retransmissions at 1, 3, 7, 15, 31, 63 s and a give-up at 127 s).
 */
public final class SynRetransmission {
  private SynRetransmission() {}

  /**
   * Time after the first SYN at which SYN number {@code k} (1 = first retransmission) is sent.
   */
  public static double sendTime(double initialRto, int k) {
    // 2^k exactly, as Math.pow(2, k) gives it, without pow's cost on every connection.
    return initialRto * (Math.scalb(1.0, k) - 1);
  }

  /** Time after the first SYN at which connect fails with ETIMEDOUT. */
  public static double giveUpTime(double initialRto, int retries) {
    return sendTime(initialRto, retries + 1);
  }
}
