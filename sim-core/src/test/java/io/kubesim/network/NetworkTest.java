package io.kubesim.network;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

class NetworkTest {
  private static BitSet of(int... hosts) {
    BitSet b = new BitSet();
    for (int h : hosts) {
      b.set(h);
    }
    return b;
  }

  @Test
  void oneWayCut_blocksOneDirection_butEveryConnection() {
    Network n = new Network(3, NetworkConfig.defaults());
    n.addCut(new Network.Cut(of(0), of(1)));
    assertFalse(n.reaches(0, 1));
    assertTrue(n.reaches(1, 0));
    assertFalse(n.canConnect(0, 1));
    assertFalse(n.canConnect(1, 0));
    assertTrue(n.canConnect(0, 2));
  }

  @Test
  void grayPartition_keepsControlPlaneReachable() {
    Network n = new Network(3, NetworkConfig.defaults());
    Network.Cut cut = new Network.Cut(of(0), of(1, 2));
    Network.Cut back = new Network.Cut(of(1, 2), of(0));
    n.addCut(cut);
    n.addCut(back);
    assertTrue(n.canConnect(0, n.controlPlane()));
    assertFalse(n.canConnect(0, 2));
    n.removeCut(cut);
    n.removeCut(back);
    assertTrue(n.canConnect(0, 2));
    assertFalse(n.isCut(0));
  }

  @Test
  void crashedHost_answersNothing() {
    Network n = new Network(2, NetworkConfig.defaults());
    n.setDown(1, true);
    assertFalse(n.reaches(0, 1));
    assertFalse(n.reaches(1, 0));
  }
}
