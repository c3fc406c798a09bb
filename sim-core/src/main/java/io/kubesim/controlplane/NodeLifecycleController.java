package io.kubesim.controlplane;

import io.kubesim.cluster.Node;
import io.kubesim.cluster.Pod;
import io.kubesim.engine.Timer;
import io.kubesim.world.World;
import java.util.ArrayList;

/**
 * The node lifecycle controller: every {@code nodeMonitorPeriod} it looks at each node's last
 * heartbeat; a node silent for longer than {@code nodeMonitorGracePeriod} becomes NotReady, its
 * pods are marked not ready (and so leave every endpoint list), and {@code tolerationSeconds}
 * later the taint manager evicts them so their deployments recreate them elsewhere.
 */
public final class NodeLifecycleController {
  private final World w;
  private final ControlPlaneConfig config;
  private final Timer monitor;

  public NodeLifecycleController(World w) {
    this.w = w;
    this.config = w.config.controlPlane();
    this.monitor = new Timer(w.sim, this::check);
  }

  public void start() {
    monitor.schedule(config.nodeMonitorPeriodSeconds());
  }

  private void check() {
    monitor.schedule(config.nodeMonitorPeriodSeconds());
    double now = w.now();
    for (Node n : w.nodes) {
      if (n.apiReady && now - n.lastHeartbeatAtApi > config.nodeMonitorGracePeriodSeconds()) {
        markNotReady(n, now);
      }
    }
  }

  private void markNotReady(Node n, double now) {
    n.apiReady = false;
    n.notReadySince = now;
    for (Pod p : new ArrayList<>(n.pods)) {
      w.api.setPodReady(p, false);
    }
    double since = now;
    n.evictionTimer = w.after(config.tolerationSeconds(), () -> {
      if (!n.apiReady && n.notReadySince == since) {
        for (Pod p : new ArrayList<>(n.pods)) {
          if (!p.terminating && p.phase != Pod.Phase.GONE) {
            w.metrics.recordEviction(w.now());
            w.api.deletePod(p);
          }
        }
      }
    });
  }
}
