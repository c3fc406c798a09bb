package io.kubesim.cluster;

import io.kubesim.engine.Timer;
import io.kubesim.world.World;
import java.util.ArrayList;
import java.util.List;

/**
 * A deployment with its ReplicaSet controller and the scheduler's placement of its pods: keeps
 * {@code replicas} pods that are not terminating, creates replacements for deleted or evicted
 * pods, scales, and rolls out new pods within {@code maxSurge} / {@code maxUnavailable}.
 */
public final class Deployment {
  private static final double UNSCHEDULABLE_RETRY_SECONDS = 5;

  private final World w;
  public final DeploymentConfig config;
  public final List<Pod> pods = new ArrayList<>();
  public int replicas;
  private int generation;
  private int nextOrdinal;
  private boolean rollingOut;
  private final Timer reconcileTimer;
  private final int[] countOnNode;
  private int spreadCursor;
  private int minCountHint;

  public Deployment(World w, DeploymentConfig config) {
    this.w = w;
    this.config = config;
    this.replicas = config.replicas();
    this.reconcileTimer = new Timer(w.sim, this::reconcile);
    this.countOnNode = new int[w.nodes.length];
  }

  /** Creates the initial pods, bound, running and ready: the run starts in a steady state. */
  public void createInitialPods() {
    for (int i = 0; i < replicas; i++) {
      Pod p = newPod();
      Node n = chooseNode();
      if (n == null) {
        throw new IllegalArgumentException("deployment " + config.name()
            + ": no node has room for replica " + i + " (nodes' maxPods reached)");
      }
      bind(p, n);
      Kubelet.startContainer(w, p, true);
    }
  }

  private Pod newPod() {
    Pod p = new Pod(w, w.pods.size(), config.name() + "-" + nextOrdinal++, this, generation);
    w.pods.add(p);
    pods.add(p);
    return p;
  }

  private void bind(Pod p, Node n) {
    p.bindTo(n);
    n.pods.add(p);
    countOnNode[n.host]++;
    p.phase = Pod.Phase.STARTING;
  }

  /** The pod left its node (gone or terminating). */
  public void unbound(Pod p) {
    if (p.node != null && !p.countedGone) {
      p.countedGone = true;
      countOnNode[p.host]--;
      minCountHint = Math.min(minCountHint, countOnNode[p.host]);
    }
  }

  public void requestReconcile() {
    if (!Timer.pending(reconcileTimer)) {
      reconcileTimer.schedule(0);
    }
  }

  public void scaleTo(int n) {
    replicas = n;
    requestReconcile();
  }

  public void startRollout() {
    generation++;
    rollingOut = true;
    requestReconcile();
  }

  private void reconcile() {
    List<Pod> live = new ArrayList<>();
    for (Pod p : pods) {
      if (!p.terminating && p.phase != Pod.Phase.GONE) {
        live.add(p);
      }
    }
    if (rollingOut) {
      rollout(live);
      return;
    }
    for (int i = live.size(); i < replicas; i++) {
      create();
    }
    if (live.size() > replicas) {
      live.sort((a, b) -> a.apiReady != b.apiReady ? (a.apiReady ? 1 : -1) : Integer.compare(b.id, a.id));
      for (int i = 0; i < live.size() - replicas; i++) {
        w.api.deletePod(live.get(i));
      }
    }
  }

  private void rollout(List<Pod> live) {
    List<Pod> fresh = new ArrayList<>();
    List<Pod> old = new ArrayList<>();
    for (Pod p : live) {
      (p.generation == generation ? fresh : old).add(p);
    }
    int surge = config.maxSurge();
    int minAvailable = replicas - config.maxUnavailable();
    int toCreate = Math.min(replicas + surge - live.size(), replicas - fresh.size());
    for (int i = 0; i < toCreate; i++) {
      create();
    }
    int available = 0;
    int freshUnavailable = 0;
    for (Pod p : live) {
      if (p.apiReady) {
        available++;
      } else if (p.generation == generation) {
        freshUnavailable++;
      }
    }
    int budget = live.size() - minAvailable - freshUnavailable;
    old.sort((a, b) -> Boolean.compare(a.apiReady, b.apiReady));
    for (Pod p : old) {
      if (budget <= 0) {
        break;
      }
      if (p.apiReady) {
        if (available - 1 < minAvailable) {
          break;
        }
        available--;
      }
      budget--;
      w.api.deletePod(p);
    }
    boolean done = true;
    for (Pod p : pods) {
      if (p.phase != Pod.Phase.GONE && (p.generation != generation ? true : !p.apiReady)) {
        done = false;
      }
    }
    if (done && fresh.size() == replicas) {
      rollingOut = false;
      w.tracking.onActionCompleted();
    }
  }

  private void create() {
    Pod p = newPod();
    double delay = w.config.controlPlane().schedulingDelay().sample(w.controlPlaneStream);
    w.after(delay, () -> schedule(p));
  }

  private void schedule(Pod p) {
    if (p.phase == Pod.Phase.GONE || p.terminating) {
      return;
    }
    Node n = chooseNode();
    if (n == null) {
      w.after(UNSCHEDULABLE_RETRY_SECONDS, () -> schedule(p));
      return;
    }
    bind(p, n);
    startWhenKubeletHears(p);
  }

  private void startWhenKubeletHears(Pod p) {
    if (p.phase == Pod.Phase.GONE || p.terminating) {
      if (p.phase != Pod.Phase.GONE) {
        p.phase = Pod.Phase.GONE;
        w.api.podGone(p);
      }
      return;
    }
    if (!Kubelet.canTalk(w, p.node) || w.network.isDown(p.host)) {
      w.after(UNSCHEDULABLE_RETRY_SECONDS, () -> startWhenKubeletHears(p));
      return;
    }
    double startup = p.template.startupTime().sample(w.lifecycleStream);
    w.after(startup, () -> Kubelet.startContainer(w, p, false));
  }

  /**
   * The node for a new pod under the placement rule, among Ready nodes with room. Spread takes a
   * node with the fewest pods of this deployment, scanning from where the previous choice left
   * off (so equal counts fill round-robin) and stopping at the first node at the known minimum:
   * O(1) per pod while the cluster is balanced, instead of a scan of every node.
   */
  private Node chooseNode() {
    Placement pl = config.placement();
    if (pl.strategy() == Placement.Strategy.EXPLICIT) {
      int k = pl.nodes().size();
      for (int i = 0; i < k; i++) {
        Node n = w.nodeByName.get(pl.nodes().get((nextOrdinal - 1 + i) % k));
        if (schedulable(n)) {
          return n;
        }
      }
      return null;
    }
    Node[] nodes = w.nodes;
    if (pl.strategy() == Placement.Strategy.PACK) {
      for (Node n : nodes) {
        if (schedulable(n)) {
          return n;
        }
      }
      return null;
    }
    Node best = null;
    int bestCount = Integer.MAX_VALUE;
    for (int i = 0; i < nodes.length; i++) {
      Node n = nodes[(spreadCursor + i) % nodes.length];
      if (!schedulable(n)) {
        continue;
      }
      int c = countOnNode[n.host];
      if (c < bestCount) {
        best = n;
        bestCount = c;
        if (c <= minCountHint) {
          break;
        }
      }
    }
    if (best != null) {
      minCountHint = bestCount;
      spreadCursor = (best.host + 1) % nodes.length;
    }
    return best;
  }

  private boolean schedulable(Node n) {
    NodeConfig c = n.config;
    return n.apiReady() && !n.noExecuteTaint() && n.pods.size() < c.maxPods();
  }
}
