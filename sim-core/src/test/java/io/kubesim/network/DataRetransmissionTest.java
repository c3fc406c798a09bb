package io.kubesim.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The RTO series and give-up time against Linux's {@code tcp_timer.c} arithmetic. */
class DataRetransmissionTest {
  private final DataRetransmission linux = DataRetransmission.linux();

  @Test
  void giveUp_withLinuxDefaults_is924point6Seconds() {
    // tcp_model_timeout(15, 200 ms): linear_backoff_thresh = ilog2(120 / 0.2) = 9,
    // (2^10 - 1) * 0.2 s + (15 - 9) * 120 s
    assertEquals(1023 * 0.2 + 6 * 120, linux.giveUpSeconds(), 1e-9);
    assertEquals(924.6, linux.giveUpSeconds(), 1e-9);
  }

  @Test
  void giveUp_belowTheLinearThreshold_isTheSumOfDoublingRtos() {
    // retries2 = 3: expiries at 0.2, 0.6, 1.4, 3.0 s; the fourth one gives up
    assertEquals(3.0, new DataRetransmission(0.2, 120, 3).giveUpSeconds(), 1e-9);
    // tcp_retries2 = 8 (RFC 1122's 100 s minimum): (2^9 - 1) * 0.2 = 102.2 s
    assertEquals(102.2, new DataRetransmission(0.2, 120, 8).giveUpSeconds(), 1e-9);
  }

  @Test
  void initialRto_isTheRttPlusTheRttvarFloor() {
    assertEquals(0.2, linux.initialRto(0), 1e-12);
    // first sample m: srtt = m, rttvar = max(2m, rto_min)
    assertEquals(0.001 + 0.2, linux.initialRto(0.001), 1e-12);
    assertEquals(0.3 + 0.6, linux.initialRto(0.3), 1e-12);
    assertEquals(120, linux.initialRto(100), 1e-12);
  }

  @Test
  void backOff_doublesUpToTheMaximum() {
    double rto = linux.initialRto(0);
    double expiry = 0;
    for (int k = 1; k <= 15; k++) {
      expiry += rto;
      rto = linux.backOff(rto);
      // expiries 1..15 come before the give-up time: each retransmits
      assertEquals(true, expiry < linux.giveUpSeconds(), "expiry " + k + " at " + expiry);
    }
    assertEquals(120, rto, 0);
    // the 16th expiry, after 15 retransmissions, is where the connection is abandoned
    assertEquals(linux.giveUpSeconds(), expiry + rto, 1e-9);
  }

  @Test
  void badSettings_areRejectedWithTheFieldName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new DataRetransmission(1, 0.5, 15));
    assertEquals(true, e.getMessage().contains("network.tcpRtoMax"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new DataRetransmission(0.2, 120, 0));
  }
}
