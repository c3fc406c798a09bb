package io.kubesim.probe;

import io.kubesim.cluster.Kubelet;
import io.kubesim.cluster.Node;
import io.kubesim.engine.Timer;
import io.kubesim.network.Network;
import io.kubesim.world.World;
import java.util.Arrays;
import umontreal.ssj.rng.RandomStream;

/**
 * Peer-reachability readiness: a node agent on every node probes every peer, and a controller
 * aggregates the agents' reports and acts on nodes its peers cannot reach
 * ({@link PeerReachabilityConfig}).
 *
 * <p>Design notes. Each agent runs a probe round every {@code period} from a random offset: one
 * TCP/HTTP probe to each peer, which needs both directions (a cut either way fails it) and two
 * packets to survive loss; a crashed node's agent does not run. Results are known
 * {@code timeout} after the round starts. Per peer, {@code failureThreshold} consecutive failures
 * turn the agent's verdict to "unreachable" and {@code successThreshold} successes back. The agent
 * reports its verdicts to the API server only while its node can talk to it (a node-problem-
 * detector condition); otherwise the control plane keeps its last report.
 *
 * <p>The aggregation is explicit and peer-based: the controller judges node X unreachable when at
 * least {@code quorum} of X's peers report X unreachable (X's report about itself is not a vote).
 * So a gray-partitioned node, cut from its peers but not from the control plane, is judged by its
 * peers, while each of them sees only one unreachable peer out of many. A node cut from the
 * control plane only is not judged at all (its peers still reach it). Like Medik8s'
 * NodeHealthCheck, the controller acts on one more node only while at least {@code minHealthy} of
 * all nodes would stay judged reachable, so a split cluster does not remediate itself away; it
 * undoes its action as soon as the node is judged reachable again.
 */
public final class PeerReachability {
  /** A streak saturates here; thresholds are at most 1,000 ({@link PeerReachabilityConfig}). */
  private static final int MAX_STREAK = Short.MAX_VALUE;

  private final World w;
  private final PeerReachabilityConfig config;
  private final PeerAction action;
  private final RandomStream loss;
  private final int n;
  /** Per observer and peer: consecutive answered probes (&gt; 0) or failed ones (&lt; 0). */
  private final short[][] streak;
  /** Bit sets per observer, one bit per peer: the current round's outcome. */
  private final long[][] pending;
  /** Bit sets per observer: the agent's verdict "unreachable" per peer. */
  private final long[][] verdict;
  /** Bit sets per observer: the verdicts the controller last received from that agent. */
  private final long[][] reported;
  /** Per node: how many peers report it unreachable (its own report is no vote). */
  private final int[] votes;
  private final boolean[] judged;
  private int unreachable;
  private final boolean[] acted;

  public PeerReachability(World w, PeerReachabilityConfig config, RandomStream loss) {
    this.w = w;
    this.config = config;
    this.action = PeerAction.of(config.action());
    this.loss = loss;
    this.n = w.nodes.length;
    int words = (n + 63) >>> 6;
    this.streak = new short[n][n];
    this.pending = new long[n][words];
    this.verdict = new long[n][words];
    this.reported = new long[n][words];
    this.votes = new int[n];
    this.judged = new boolean[n];
    this.acted = new boolean[n];
  }

  /** Starts every node's agent at a random offset within the first period. */
  public void start() {
    double period = config.periodSeconds();
    for (int i = 0; i < n; i++) {
      int observer = i;
      Timer[] round = new Timer[1];
      Timer complete = new Timer(w.sim, () -> complete(observer));
      round[0] = new Timer(w.sim, () -> {
        round[0].schedule(period);
        if (!w.network.isDown(observer)) {
          probe(observer);
          complete.schedule(config.timeoutSeconds());
        }
      });
      round[0].schedule(loss.nextDouble() * period);
    }
  }

  private void probe(int observer) {
    Network net = w.network;
    long[] outcome = pending[observer];
    Arrays.fill(outcome, 0L);
    for (int peer = 0; peer < n; peer++) {
      if (peer != observer && net.canConnect(observer, peer) && !lost(observer, peer)) {
        outcome[peer >>> 6] |= 1L << peer;
      }
    }
  }

  private boolean lost(int a, int b) {
    double p = w.network.lossProbability(a, b);
    return p > 0 && (loss.nextDouble() < p || loss.nextDouble() < p);
  }

  private void complete(int observer) {
    if (w.network.isDown(observer)) {
      return;
    }
    long[] outcome = pending[observer];
    long[] mine = verdict[observer];
    short[] row = streak[observer];
    for (int peer = 0; peer < n; peer++) {
      if (peer == observer) {
        continue;
      }
      int s = row[peer];
      if ((outcome[peer >>> 6] & (1L << peer)) != 0) {
        s = Math.min(Math.max(s, 0) + 1, MAX_STREAK);
        if (s >= config.successThreshold()) {
          mine[peer >>> 6] &= ~(1L << peer);
        }
      } else {
        s = -Math.min(Math.max(-s, 0) + 1, MAX_STREAK);
        if (-s >= config.failureThreshold()) {
          mine[peer >>> 6] |= 1L << peer;
        }
      }
      row[peer] = (short) s;
    }
    if (Kubelet.canTalk(w, w.nodes[observer]) && receive(observer)) {
      act();
    }
  }

  /**
   * The controller receives {@code observer}'s verdicts: the votes of the peers whose verdict
   * changed are updated. Returns whether any node's judgement changed.
   */
  private boolean receive(int observer) {
    long[] last = reported[observer];
    long[] now = verdict[observer];
    boolean changed = false;
    for (int word = 0; word < last.length; word++) {
      long diff = last[word] ^ now[word];
      while (diff != 0) {
        int x = (word << 6) + Long.numberOfTrailingZeros(diff);
        diff &= diff - 1;
        votes[x] += (now[word] & (1L << x)) != 0 ? 1 : -1;
        boolean j = isJudged(votes[x], n, config.quorum());
        if (j != judged[x]) {
          judged[x] = j;
          unreachable += j ? 1 : -1;
          changed = true;
        }
      }
      last[word] = now[word];
    }
    return changed;
  }

  /**
   * Acts on the nodes judged unreachable and lifts the action from those judged reachable again.
   * Only a change of judgement can change what it does, so it runs only after one.
   */
  private void act() {
    int judgedNow = unreachable;
    for (int x = 0; x < n; x++) {
      Node node = w.nodes[x];
      if (judged[x] && !acted[x] && mayAct(judgedNow, n, config.minHealthy())) {
        acted[x] = true;
        action.apply(w, node);
      } else if (!judged[x] && acted[x]) {
        acted[x] = false;
        action.lift(w, node);
      }
    }
  }

  /** Whether a node that {@code votes} of its {@code n - 1} peers report unreachable is judged so. */
  static boolean isJudged(int votes, int n, double quorum) {
    return n >= 2 && votes >= quorum * (n - 1) - 1e-9;
  }

  /**
   * The controller's verdicts: node x is unreachable when at least {@code quorum} of its peers
   * report it so ({@code reported[r][x]}: r's latest report on x).
   */
  static boolean[] judge(boolean[][] reported, double quorum) {
    int n = reported.length;
    boolean[] judged = new boolean[n];
    if (n < 2) {
      return judged;
    }
    for (int x = 0; x < n; x++) {
      int votes = 0;
      for (int r = 0; r < n; r++) {
        if (r != x && reported[r][x]) {
          votes++;
        }
      }
      judged[x] = isJudged(votes, n, quorum);
    }
    return judged;
  }

  /**
   * Whether the controller may act while {@code unreachable} of {@code n} nodes are judged
   * unreachable: the nodes judged reachable must be at least {@code minHealthy} of all.
   */
  static boolean mayAct(int unreachable, int n, double minHealthy) {
    return n - unreachable >= minHealthy * n - 1e-9;
  }

  /** Whether the controller is acting on the node with host id {@code host}. */
  public boolean acting(int host) {
    return acted[host];
  }
}
