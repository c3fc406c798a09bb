package io.kubesim.fault;

import io.kubesim.cluster.Deployment;
import io.kubesim.cluster.Kubelet;
import io.kubesim.cluster.Node;
import io.kubesim.cluster.Pod;
import io.kubesim.network.Network;
import io.kubesim.world.World;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** Puts the scenario's faults and actions on the timeline: starts them and heals them. */
public final class FaultInjector {
  private final World w;

  public FaultInjector(World w) {
    this.w = w;
  }

  public void scheduleAll() {
    for (FaultConfig f : w.config.faults()) {
      if (f instanceof FaultConfig.RollingUpdate) {
        w.tracking.planAction(f.atSeconds());
      } else {
        w.tracking.planFault(f.atSeconds(), f.endSeconds());
      }
      w.after(f.atSeconds(), () -> begin(f));
    }
  }

  private void begin(FaultConfig f) {
    if (f instanceof FaultConfig.Partition p) {
      partition(p);
    } else if (f instanceof FaultConfig.NodeCrash c) {
      crashNodes(c);
    } else if (f instanceof FaultConfig.PodCrash c) {
      crashPods(c);
    } else if (f instanceof FaultConfig.SlowPod s) {
      slowPods(s);
    } else if (f instanceof FaultConfig.PacketLoss l) {
      loss(l);
    } else if (f instanceof FaultConfig.DelayedPropagation d) {
      w.api.extraPropagationDelay = d.extraDelay();
      heal(d, () -> w.api.extraPropagationDelay = null);
    } else if (f instanceof FaultConfig.RollingUpdate r) {
      w.deploymentByName.get(r.deployment()).startRollout();
    } else if (f instanceof FaultConfig.Scale s) {
      w.deploymentByName.get(s.deployment()).scaleTo(s.replicas());
    }
  }

  private void heal(FaultConfig f, Runnable action) {
    if (Double.isFinite(f.durationSeconds())) {
      w.after(f.durationSeconds(), action);
    }
  }

  BitSet hosts(HostSelector h) {
    BitSet b = new BitSet();
    for (Node n : w.nodes) {
      if (h.allNodes() || h.nodes().contains(n.config.name()) || h.zones().contains(n.config.zone())) {
        b.set(n.host);
      }
    }
    if (h.controlPlane()) {
      b.set(w.network.controlPlane());
    }
    if (h.external()) {
      b.set(w.network.external());
    }
    return b;
  }

  private void partition(FaultConfig.Partition p) {
    BitSet a = hosts(p.source());
    BitSet b = hosts(p.target());
    b.andNot(a);
    List<Network.Cut> cuts = new ArrayList<>();
    if (p.direction() != FaultConfig.Direction.FROM) {
      cuts.add(new Network.Cut(a, b));
    }
    if (p.direction() != FaultConfig.Direction.TO) {
      cuts.add(new Network.Cut(b, a));
    }
    cuts.forEach(w.network::addCut);
    boolean[] excluded = nodesOf(a);
    boolean peersCut = b.previousSetBit(w.nodes.length - 1) >= 0; // a node on the other side
    Runnable endTracking = peersCut ? w.tracking.beginDetection(podsOn(excluded), excluded) : () -> { };
    if (peersCut) {
      w.tracking.onPartition(excluded, +1);
    }
    heal(p, () -> {
      cuts.forEach(w.network::removeCut);
      if (peersCut) {
        w.tracking.onPartition(excluded, -1);
      }
      endTracking.run();
      w.api.resyncReachableNodes();
    });
  }

  private boolean[] nodesOf(BitSet hosts) {
    boolean[] on = new boolean[w.nodes.length];
    for (int i = 0; i < on.length; i++) {
      on[i] = hosts.get(i);
    }
    return on;
  }

  private List<Pod> podsOn(boolean[] nodes) {
    List<Pod> out = new ArrayList<>();
    for (Pod p : w.pods) {
      if (p.phase != Pod.Phase.GONE && p.node != null && nodes[p.host]) {
        out.add(p);
      }
    }
    return out;
  }

  private void crashNodes(FaultConfig.NodeCrash c) {
    boolean[] crashed = nodesOf(hosts(c.nodes()));
    Runnable endTracking = w.tracking.beginDetection(podsOn(crashed), crashed);
    for (Node n : w.nodes) {
      if (crashed[n.host]) {
        w.network.setDown(n.host, true);
        for (Pod p : new ArrayList<>(n.pods)) {
          Kubelet.killContainer(w, p, false, false);
        }
      }
    }
    heal(c, () -> {
      endTracking.run();
      for (Node n : w.nodes) {
        if (crashed[n.host]) {
          w.network.setDown(n.host, false);
          n.kubeletStartedAt = w.now();
          for (Pod p : new ArrayList<>(n.pods)) {
            w.metrics.recordRestart(w.now());
            double startup = p.template.startupTime().sample(w.lifecycleStream);
            w.after(startup, () -> Kubelet.startContainer(w, p, false));
          }
        }
      }
      w.api.resyncReachableNodes();
    });
  }

  List<Pod> select(PodSelector s) {
    List<Pod> out = new ArrayList<>();
    Deployment d = w.deploymentByName.get(s.deployment());
    for (Pod p : d.pods) {
      if (p.phase == Pod.Phase.GONE || p.terminating) {
        continue;
      }
      if (!s.ordinals().isEmpty()
          && !s.ordinals().stream().anyMatch(o -> p.name.equals(d.config.name() + "-" + o))) {
        continue;
      }
      if (s.node().isPresent() && (p.node == null || !p.node.config.name().equals(s.node().get()))) {
        continue;
      }
      out.add(p);
    }
    return out;
  }

  private void crashPods(FaultConfig.PodCrash c) {
    List<Pod> pods = select(c.pods());
    double until = c.endSeconds();
    if (c.durationSeconds() > 0) {
      heal(c, w.tracking.beginDetection(pods, new boolean[w.nodes.length]));
    }
    for (Pod p : pods) {
      p.crashLoopUntil = until;
      Kubelet.killContainer(w, p, true, true);
    }
  }

  private void slowPods(FaultConfig.SlowPod s) {
    List<Pod> pods = select(s.pods());
    Runnable endTracking = w.tracking.beginDetection(pods, new boolean[w.nodes.length]);
    for (Pod p : pods) {
      p.slowdown *= s.slowdown();
      p.extraLatency = s.extraLatency();
      p.faultMarks++;
    }
    heal(s, () -> {
      endTracking.run();
      for (Pod p : pods) {
        p.slowdown /= s.slowdown();
        p.extraLatency = null;
        p.faultMarks--;
      }
    });
  }

  private void loss(FaultConfig.PacketLoss l) {
    BitSet h = hosts(l.hosts());
    for (int i = h.nextSetBit(0); i >= 0; i = h.nextSetBit(i + 1)) {
      w.network.addHostLoss(i, l.probability());
    }
    heal(l, () -> {
      for (int i = h.nextSetBit(0); i >= 0; i = h.nextSetBit(i + 1)) {
        w.network.addHostLoss(i, -l.probability());
      }
    });
  }
}
