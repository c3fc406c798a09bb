package io.kubesim.probe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The peer-reachability controller's aggregation and remediation guard, by hand. */
class PeerReachabilityTest {

  /** Reports of {@code n} agents where each agent in {@code cut} and every other see each other failed. */
  private static boolean[][] cutOff(int n, int... cut) {
    boolean[][] r = new boolean[n][n];
    boolean[] isCut = new boolean[n];
    for (int c : cut) {
      isCut[c] = true;
    }
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < n; b++) {
        r[a][b] = a != b && isCut[a] != isCut[b];
      }
    }
    return r;
  }

  @Test
  void judge_aGrayPartitionedNodeIsJudgedByItsPeersAlone() {
    // node 2 is cut from the five others: they all report it; each of them is reported only by
    // node 2, one peer in five.
    assertArrayEquals(new boolean[] {false, false, true, false, false, false},
        PeerReachability.judge(cutOff(6, 2), 0.5));
  }

  @Test
  void judge_needsTheQuorumOfPeers() {
    boolean[][] r = new boolean[6][6];
    r[0][3] = true;
    r[1][3] = true;
    assertFalse(PeerReachability.judge(r, 0.5)[3], "2 of 5 peers < 50 %");
    r[4][3] = true;
    assertTrue(PeerReachability.judge(r, 0.5)[3], "3 of 5 peers >= 50 %");
    assertFalse(PeerReachability.judge(r, 0.8)[3], "3 of 5 peers < 80 %");
    r[5][3] = true;
    assertTrue(PeerReachability.judge(r, 0.8)[3], "4 of 5 peers >= 80 %");
  }

  @Test
  void judge_aNodesReportAboutItselfIsNoVote() {
    boolean[][] r = new boolean[3][3];
    r[1][0] = true;
    r[1][2] = true; // node 1 sees everyone failed: only its peers can judge it
    assertArrayEquals(new boolean[] {false, false, false}, PeerReachability.judge(r, 0.6));
    assertArrayEquals(new boolean[] {true, false, true}, PeerReachability.judge(r, 0.5));
  }

  @Test
  void judge_aSplitClusterJudgesEveryNode() {
    boolean[] all = PeerReachability.judge(cutOff(6, 0, 1, 2), 0.5);
    assertArrayEquals(new boolean[] {true, true, true, true, true, true}, all);
  }

  @Test
  void mayAct_keepsMinHealthyOfTheNodesReachable() {
    // NodeHealthCheck's minHealthy 51 %: with 6 nodes, 4 must stay healthy (3.06 rounds up).
    assertTrue(PeerReachability.mayAct(1, 6, 0.51));
    assertTrue(PeerReachability.mayAct(2, 6, 0.51));
    assertFalse(PeerReachability.mayAct(3, 6, 0.51));
    assertFalse(PeerReachability.mayAct(6, 6, 0.51));
    assertTrue(PeerReachability.mayAct(6, 6, 0));
  }

  @Test
  void config_refusesATimeoutNotBelowThePeriod() {
    assertThrows(IllegalArgumentException.class, () -> new PeerReachabilityConfig(
        10, 10, 3, 1, 0.5, 0.51, PeerReachabilityConfig.Action.TAINT));
    assertThrows(IllegalArgumentException.class, () -> new PeerReachabilityConfig(
        10, 1, 3, 1, 0, 0.51, PeerReachabilityConfig.Action.TAINT));
  }
}
