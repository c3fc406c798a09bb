package io.kubesim.probe;

import io.kubesim.cluster.Kubelet;
import io.kubesim.cluster.Node;
import io.kubesim.engine.Timer;
import io.kubesim.network.Network;
import io.kubesim.world.World;
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
  private final World w;
  private final PeerReachabilityConfig config;
  private final PeerAction action;
  private final RandomStream loss;
  private final int n;
  private final int[][] failures;
  private final int[][] successes;
  private final boolean[][] pending;
  private final boolean[][] verdict;
  private final boolean[][] reported;
  private final boolean[] acted;

  public PeerReachability(World w, PeerReachabilityConfig config, RandomStream loss) {
    this.w = w;
    this.config = config;
    this.action = PeerAction.of(config.action());
    this.loss = loss;
    this.n = w.nodes.length;
    this.failures = new int[n][n];
    this.successes = new int[n][n];
    this.pending = new boolean[n][n];
    this.verdict = new boolean[n][n];
    this.reported = new boolean[n][n];
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
    for (int peer = 0; peer < n; peer++) {
      if (peer != observer) {
        pending[observer][peer] = net.canConnect(observer, peer) && !lost(observer, peer);
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
    for (int peer = 0; peer < n; peer++) {
      if (peer == observer) {
        continue;
      }
      if (pending[observer][peer]) {
        failures[observer][peer] = 0;
        if (++successes[observer][peer] >= config.successThreshold()) {
          verdict[observer][peer] = false;
        }
      } else {
        successes[observer][peer] = 0;
        if (++failures[observer][peer] >= config.failureThreshold()) {
          verdict[observer][peer] = true;
        }
      }
    }
    if (Kubelet.canTalk(w, w.nodes[observer])) {
      System.arraycopy(verdict[observer], 0, reported[observer], 0, n);
      act();
    }
  }

  private void act() {
    boolean[] judged = judge(reported, config.quorum());
    int unreachable = 0;
    for (boolean j : judged) {
      unreachable += j ? 1 : 0;
    }
    for (int x = 0; x < n; x++) {
      Node node = w.nodes[x];
      if (judged[x] && !acted[x] && mayAct(unreachable, n, config.minHealthy())) {
        acted[x] = true;
        action.apply(w, node);
      } else if (!judged[x] && acted[x]) {
        acted[x] = false;
        action.lift(w, node);
      }
    }
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
      judged[x] = votes >= quorum * (n - 1) - 1e-9;
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
