package io.kubesim.controlplane;

import io.kubesim.cluster.Deployment;
import io.kubesim.cluster.Kubelet;
import io.kubesim.cluster.Node;
import io.kubesim.cluster.Pod;
import io.kubesim.dist.Distribution;
import io.kubesim.engine.Timer;
import io.kubesim.mesh.Mesh;
import io.kubesim.proxy.EndpointSnapshot;
import io.kubesim.proxy.Service;
import io.kubesim.world.World;
import java.util.ArrayList;
import java.util.List;

/**
 * The API server and the endpoint controller: pod Ready conditions as reported, pod deletions,
 * node heartbeats, and each service's endpoints — a pod that matches the selector is a ready
 * endpoint while it is Ready and not terminating, and a serving-terminating one while it is Ready
 * and terminating (EndpointSlice conditions, KEP-1672). Every endpoint change becomes a new immutable snapshot
 * sent to every node's kube-proxy after a sampled propagation delay, but only to nodes the control
 * plane can reach; the others get the latest snapshot when they can be reached again.
 */
public final class ApiServer {
  private final World w;
  private long version;
  private long syncStamp;
  public Distribution extraPropagationDelay;
  private final List<Timer> serviceSyncs = new ArrayList<>();

  public ApiServer(World w) {
    this.w = w;
    for (Service s : w.services) {
      serviceSyncs.add(new Timer(w.sim, () -> sync(s)));
    }
  }

  /** Builds every service's endpoints at time zero and installs them everywhere at once. */
  public void initialise() {
    for (Service s : w.services) {
      EndpointSnapshot snap = build(s);
      if (snap != null) {
        applyMembership(s, s.current, snap);
        s.current = snap;
      }
      for (Node n : w.nodes) {
        n.proxy.initialise(s.index, s.current);
      }
      if (w.meshes[s.index] != null) {
        w.meshes[s.index].initialise(s.current);
      }
    }
  }

  /** The pod's Ready condition as the API server records it. */
  public void setPodReady(Pod pod, boolean ready) {
    if (pod.apiReady == ready) {
      return;
    }
    pod.apiReady = ready;
    if (ready) {
      pod.everReady = true;
    } else {
      w.tracking.onMarkedUnready(pod);
    }
    changed(pod);
  }

  /** Deletes a pod: it leaves the endpoints now; its kubelet stops it once it hears. */
  public void deletePod(Pod pod) {
    if (pod.terminating || pod.phase == Pod.Phase.GONE) {
      return;
    }
    pod.terminating = true;
    pod.deployment.unbound(pod);
    changed(pod);
    if (pod.node == null || pod.phase == Pod.Phase.PENDING) {
      pod.phase = Pod.Phase.GONE;
      podGone(pod);
    } else if (Kubelet.canTalk(w, pod.node)) {
      Kubelet.beginTermination(w, pod);
    }
  }

  /** The pod no longer exists. */
  public void podGone(Pod pod) {
    pod.deployment.unbound(pod);
    if (pod.node != null) {
      pod.node.pods.remove(pod);
    }
    pod.deployment.pods.remove(pod);
    changed(pod);
  }

  private void changed(Pod pod) {
    for (Service s : w.services) {
      if (s.selected.contains(pod.deployment) && !s.dirty) {
        s.dirty = true;
        serviceSyncs.get(s.index).schedule(0);
      }
    }
    pod.deployment.requestReconcile();
  }

  /**
   * The service's EndpointSlice conditions now: {@code serving} is the pod's Ready condition as
   * reported (kept while terminating), {@code ready} is serving and not terminating. Null when
   * nothing changed.
   */
  private EndpointSnapshot build(Service s) {
    List<Pod> ready = new ArrayList<>();
    List<Pod> servingTerminating = new ArrayList<>();
    for (Deployment d : s.selected) {
      for (Pod p : d.pods) {
        if (p.apiReady && p.phase != Pod.Phase.GONE) {
          (p.terminating ? servingTerminating : ready).add(p);
        }
      }
    }
    if (s.selected.size() > 1) {
      ready.sort((a, b) -> Integer.compare(a.id, b.id));
      servingTerminating.sort((a, b) -> Integer.compare(a.id, b.id));
    }
    Pod[] pods = ready.toArray(new Pod[0]);
    Pod[] terminating = servingTerminating.toArray(new Pod[0]);
    if (java.util.Arrays.equals(pods, s.current.pods)
        && java.util.Arrays.equals(terminating, s.current.servingTerminating)) {
      return null;
    }
    return new EndpointSnapshot(++version, pods, terminating);
  }

  private void sync(Service s) {
    s.dirty = false;
    EndpointSnapshot snap = build(s);
    if (snap == null) {
      return;
    }
    EndpointSnapshot old = s.current;
    applyMembership(s, old, snap);
    s.current = snap;
    w.tracking.onEndpointsChanged(s, old, snap);
    for (Node n : w.nodes) {
      send(n, s);
    }
    if (w.meshes[s.index] != null) {
      w.meshes[s.index].onEndpoints(snap);
    }
  }

  /**
   * Marks which pods left and entered the endpoints, in time linear in the two snapshots (a
   * stamp per sync instead of a search of one list for each pod of the other).
   */
  private void applyMembership(Service s, EndpointSnapshot old, EndpointSnapshot now) {
    double t = w.now();
    long stamp = ++syncStamp;
    for (Pod p : now.pods) {
      p.endpointStamp = stamp;
      p.inEndpoints = true;
    }
    for (Pod p : old.pods) {
      if (p.endpointStamp != stamp) {
        p.inEndpoints = false;
        p.lastEndpointExit = t;
      }
    }
  }

  private void send(Node n, Service s) {
    if (!w.network.canConnect(w.network.controlPlane(), n.host)) {
      n.needsResync = true;
      return;
    }
    double delay = w.config.controlPlane().endpointPropagationDelay().sample(w.controlPlaneStream);
    if (extraPropagationDelay != null) {
      delay += extraPropagationDelay.sample(w.controlPlaneStream);
    }
    n.proxy.send(s.index, s.current, delay);
  }

  /** Nodes that missed updates and can be reached again re-list every service. */
  public void resyncReachableNodes() {
    for (Mesh m : w.meshes) {
      if (m != null) {
        m.resyncReachable();
      }
    }
    for (Node n : w.nodes) {
      if (n.needsResync && w.network.canConnect(w.network.controlPlane(), n.host)) {
        n.needsResync = false;
        for (Service s : w.services) {
          send(n, s);
        }
      }
    }
  }

  /** A lease renewal from {@code node}'s kubelet arrived. */
  public void heartbeat(Node node) {
    node.lastHeartbeatAtApi = w.now();
    if (!node.apiReady()) {
      node.setApiReady(true);
      node.notReadySince = Double.NaN;
      w.nodeLifecycle.onNodeReady(node);
    }
    for (Pod p : new ArrayList<>(node.pods)) {
      if (p.terminating && !p.kubeletTerminating) {
        Kubelet.beginTermination(w, p);
      }
      if (p.phase != Pod.Phase.GONE && p.apiReady != p.reportedReady()) {
        setPodReady(p, p.reportedReady());
      }
    }
    if (node.needsResync) {
      resyncReachableNodes();
    }
  }
}
