package io.kubesim.network;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Hosts and the directed reachability between them.
 *
 * <p>Hosts are numbered: nodes {@code 0..n-1}, then the control plane, then the external world
 * (clients outside the cluster and their load balancer). Reachability is directed: an active
 * {@link Cut} drops packets from every host of one set to every host of the other, so {@code a →
 * b} can fail while {@code b → a} works. A TCP connection needs both directions: a one-way cut
 * fails connections opened from either side (the SYN or the SYN-ACK is lost). A crashed host
 * answers nothing.
 *
 * <p>The hot-path query {@link #canConnect} costs two array reads while no cut involves either
 * host. While cuts are in force, a network of at most {@value #SEVERED_MATRIX_MAX_HOSTS} hosts
 * answers it from a matrix of the pairs that cannot connect (one bit per ordered pair, rebuilt
 * when a cut starts or heals); a larger one tests the cuts in force.
 */
public final class Network {
  private final int nodeCount;
  private final NetworkConfig config;
  private final int[] cutsInvolving;
  private final boolean[] down;
  private final double[] hostLoss;
  /** {@code 1 − min(1, hostLoss[h])}, kept with it: asked for on every hop. */
  private final double[] hostKeep;
  /** {@code 1 − config.lossProbability()}. */
  private final double baseKeep;
  private final List<Cut> cuts = new ArrayList<>();
  /** Networks with at most this many hosts keep {@link #severed}: 8 KB at most. */
  static final int SEVERED_MATRIX_MAX_HOSTS = 256;
  private final int hosts;
  /**
   * Bit {@code a·hosts + b}: some cut in force drops packets from {@code a} to {@code b} or from
   * {@code b} to {@code a} (null in larger networks).
   */
  private final long[] severed;

  /** A directed cut: packets from a host of {@code from} to a host of {@code to} are dropped. */
  public record Cut(BitSet from, BitSet to) {}

  /** A network of {@code nodeCount} nodes, the control plane and the external world. */
  public Network(int nodeCount, NetworkConfig config) {
    this.nodeCount = nodeCount;
    this.config = config;
    int hosts = nodeCount + 2;
    this.hosts = hosts;
    this.severed = hosts <= SEVERED_MATRIX_MAX_HOSTS ? new long[(hosts * hosts + 63) >>> 6] : null;
    this.cutsInvolving = new int[hosts];
    this.down = new boolean[hosts];
    this.hostLoss = new double[hosts];
    this.hostKeep = new double[hosts];
    java.util.Arrays.fill(hostKeep, 1.0);
    this.baseKeep = 1 - config.lossProbability();
  }

  /** Host id of the control plane. */
  public int controlPlane() {
    return nodeCount;
  }

  /** Host id of the external world. */
  public int external() {
    return nodeCount + 1;
  }

  /** The configuration. */
  public NetworkConfig config() {
    return config;
  }

  /** Starts dropping packets as {@code cut} says. */
  public void addCut(Cut cut) {
    cuts.add(cut);
    adjust(cut, +1);
  }

  /** Heals {@code cut}. */
  public void removeCut(Cut cut) {
    for (int i = 0; i < cuts.size(); i++) {
      if (cuts.get(i) == cut) {
        cuts.remove(i);
        adjust(cut, -1);
        return;
      }
    }
    throw new IllegalStateException("cut is not active");
  }

  private void adjust(Cut cut, int delta) {
    BitSet involved = (BitSet) cut.from().clone();
    involved.or(cut.to());
    for (int h = involved.nextSetBit(0); h >= 0; h = involved.nextSetBit(h + 1)) {
      cutsInvolving[h] += delta;
    }
    if (severed != null) {
      java.util.Arrays.fill(severed, 0);
      for (Cut c : cuts) {
        for (int a = c.from().nextSetBit(0); a >= 0 && a < hosts; a = c.from().nextSetBit(a + 1)) {
          for (int b = c.to().nextSetBit(0); b >= 0 && b < hosts; b = c.to().nextSetBit(b + 1)) {
            sever(a * hosts + b);
            sever(b * hosts + a);
          }
        }
      }
    }
  }

  private void sever(int pair) {
    severed[pair >>> 6] |= 1L << pair;
  }

  /** Whether packets from {@code a} reach {@code b} (one direction). */
  public boolean reaches(int a, int b) {
    if (down[a] || down[b]) {
      return false;
    }
    if (cutsInvolving[a] == 0 || cutsInvolving[b] == 0) {
      return true;
    }
    return passesCuts(a, b);
  }

  private boolean passesCuts(int a, int b) {
    for (int i = 0; i < cuts.size(); i++) {
      Cut c = cuts.get(i);
      if (c.from().get(a) && c.to().get(b)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a TCP connection between {@code a} and {@code b} can be set up (both directions). */
  public boolean canConnect(int a, int b) {
    if (down[a] || down[b]) {
      return false;
    }
    if (cutsInvolving[a] == 0 || cutsInvolving[b] == 0) {
      return true;
    }
    if (severed != null) {
      int pair = a * hosts + b;
      return (severed[pair >>> 6] & (1L << pair)) == 0;
    }
    return passesCuts(a, b) && passesCuts(b, a);
  }

  /** Whether {@code host} is under any active cut. */
  public boolean isCut(int host) {
    return cutsInvolving[host] > 0;
  }

  /** Marks a host crashed or back up. */
  public void setDown(int host, boolean isDown) {
    down[host] = isDown;
  }

  /** Whether {@code host} is crashed. */
  public boolean isDown(int host) {
    return down[host];
  }

  /** Adds {@code delta} to the extra loss probability of packets to or from {@code host}. */
  public void addHostLoss(int host, double delta) {
    hostLoss[host] += delta;
    hostKeep[host] = 1 - Math.min(1, hostLoss[host]);
  }

  /** Probability that one packet between {@code a} and {@code b} is lost. */
  public double lossProbability(int a, int b) {
    return 1 - baseKeep * hostKeep[a] * hostKeep[b];
  }
}
