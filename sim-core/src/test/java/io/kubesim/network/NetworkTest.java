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

  /**
   * Small networks answer {@code canConnect} from a matrix of severed pairs, larger ones from the
   * cuts: both must agree with packets getting through in each direction, as cuts come and go.
   */
  @Test
  void canConnect_isBothDirectionsReaching_asCutsStartAndHeal() {
    for (int nodes : new int[] {6, Network.SEVERED_MATRIX_MAX_HOSTS + 40}) {
      Network n = new Network(nodes, NetworkConfig.defaults());
      java.util.Random r = new java.util.Random(nodes);
      java.util.List<Network.Cut> active = new java.util.ArrayList<>();
      for (int step = 0; step < 40; step++) {
        if (!active.isEmpty() && r.nextInt(3) == 0) {
          n.removeCut(active.remove(r.nextInt(active.size())));
        } else {
          BitSet from = new BitSet();
          BitSet to = new BitSet();
          for (int h = 0; h < nodes + 2; h++) {
            if (r.nextInt(8) == 0) {
              from.set(h);
            } else if (r.nextInt(4) == 0) {
              to.set(h);
            }
          }
          Network.Cut c = new Network.Cut(from, to);
          active.add(c);
          n.addCut(c);
        }
        for (int k = 0; k < 2000; k++) {
          int a = r.nextInt(nodes + 2);
          int b = r.nextInt(nodes + 2);
          boolean expected = n.reaches(a, b) && n.reaches(b, a);
          if (n.canConnect(a, b) != expected) {
            throw new AssertionError(nodes + " nodes, step " + step + ": " + a + " <-> " + b);
          }
        }
      }
    }
  }
}
