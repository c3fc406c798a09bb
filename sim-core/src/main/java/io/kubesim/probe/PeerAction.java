package io.kubesim.probe;

import io.kubesim.cluster.Kubelet;
import io.kubesim.cluster.Node;
import io.kubesim.cluster.Pod;
import io.kubesim.world.World;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;

/**
 * What the peer-reachability controller does to a node it judges unreachable, and how it undoes
 * it: one class per {@link PeerReachabilityConfig.Action}, chosen from {@link #REGISTRY}.
 */
interface PeerAction {

  /** The node is judged unreachable now. */
  void apply(World w, Node node);

  /** The node is judged reachable again now. */
  void lift(World w, Node node);

  /** The registry of actions: one line per action. */
  Map<PeerReachabilityConfig.Action, PeerAction> REGISTRY = new EnumMap<>(Map.of(
      PeerReachabilityConfig.Action.MARK_UNREADY, new MarkUnready(),
      PeerReachabilityConfig.Action.TAINT, new Taint()));

  /** The action for {@code action}. */
  static PeerAction of(PeerReachabilityConfig.Action action) {
    PeerAction a = REGISTRY.get(action);
    if (a == null) {
      throw new IllegalStateException("no peer-reachability action " + action);
    }
    return a;
  }

  /**
   * A readiness gate (a pod condition the controller sets) closes on every pod of the node. The
   * kubelet folds gates into the pod's Ready condition, so the change reaches the endpoints only
   * through a kubelet that can talk to the API server (now, or at its next heartbeat).
   */
  final class MarkUnready implements PeerAction {
    @Override
    public void apply(World w, Node node) {
      node.readinessGateClosed = true;
      report(w, node);
    }

    @Override
    public void lift(World w, Node node) {
      node.readinessGateClosed = false;
      if (node.apiReady()) {
        report(w, node);
      }
    }

    private static void report(World w, Node node) {
      if (!Kubelet.canTalk(w, node)) {
        return;
      }
      for (Pod p : new ArrayList<>(node.pods)) {
        if (p.phase != Pod.Phase.GONE) {
          w.api.setPodReady(p, p.reportedReady());
        }
      }
    }
  }

  /**
   * A NoExecute taint without a toleration: the taint manager evicts every pod of the node at
   * once (their deployments recreate them elsewhere), client pods move to other nodes, and the
   * scheduler places nothing there until the taint is removed.
   */
  final class Taint implements PeerAction {
    @Override
    public void apply(World w, Node node) {
      node.setNoExecuteTaint(true);
      for (Pod p : new ArrayList<>(node.pods)) {
        if (!p.terminating && p.phase != Pod.Phase.GONE) {
          w.metrics.recordEviction(w.now());
          w.api.deletePod(p);
        }
      }
    }

    @Override
    public void lift(World w, Node node) {
      node.setNoExecuteTaint(false);
    }
  }
}
