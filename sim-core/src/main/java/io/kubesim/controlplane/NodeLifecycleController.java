package io.kubesim.controlplane;

import io.kubesim.cluster.Node;
import io.kubesim.cluster.Pod;
import io.kubesim.engine.Timer;
import io.kubesim.world.World;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The node lifecycle controller ({@code pkg/controller/nodelifecycle/node_lifecycle_controller.go}).
 * Every {@code nodeMonitorPeriod} it looks at each node's last heartbeat; a node silent for longer
 * than {@code nodeMonitorGracePeriod} becomes NotReady and its pods are marked not ready (so they
 * leave every endpoint list). The node then waits in its zone's queue for a NoExecute taint;
 * {@code tolerationSeconds} after the taint, the taint manager evicts its pods so their
 * deployments recreate them elsewhere. A node that is Ready again loses its taint and leaves the
 * queue, and pods not yet evicted stay.
 *
 * <p>Disruption handling ({@code handleDisruption}, {@code ComputeZoneState},
 * {@code setLimiterInZone}): each pass computes every zone's {@link ZoneState}; a zone's queue is
 * rate-limited to {@code nodeEvictionRate} nodes per second (burst 1) when Normal or fully
 * disrupted, and to {@code secondaryNodeEvictionRate} when partially disrupted if the zone has
 * more than {@code largeClusterSizeThreshold} nodes, else 0. When every zone is fully disrupted
 * ("master disruption mode": the control plane has most likely lost the nodes, not the other way
 * round) it taints nothing and removes every node's taint, until some node is Ready again. A
 * node's zone is its {@code zone} label. Simplification: the tainting pass runs as soon as a
 * token is there, not on the controller's 100 ms ticker.
 */
public final class NodeLifecycleController {
  private final World w;
  private final ControlPlaneConfig config;
  private final Timer monitor;
  private final Timer taintingPass;
  private final Map<String, Zone> zones = new LinkedHashMap<>();

  /** One zone: its nodes, its state and its rate-limited tainting queue. */
  private static final class Zone {
    final List<Node> nodes = new ArrayList<>();
    ZoneState state = ZoneState.INITIAL;
    EvictionLimiter limiter;
    final ArrayDeque<Node> queue = new ArrayDeque<>();
  }

  public NodeLifecycleController(World w) {
    this.w = w;
    this.config = w.config.controlPlane();
    this.monitor = new Timer(w.sim, this::check);
    this.taintingPass = new Timer(w.sim, this::taintQueuedNodes);
    for (Node n : w.nodes) {
      zones.computeIfAbsent(n.config.zone(), z -> {
        Zone zone = new Zone();
        zone.limiter = new EvictionLimiter(config.nodeEvictionRate(), 0);
        return zone;
      }).nodes.add(n);
    }
  }

  public void start() {
    monitor.schedule(config.nodeMonitorPeriodSeconds());
  }

  /** The state of {@code zone} after the last pass. */
  public ZoneState zoneState(String zone) {
    return zones.get(zone).state;
  }

  private void check() {
    monitor.schedule(config.nodeMonitorPeriodSeconds());
    double now = w.now();
    for (Node n : w.nodes) {
      if (n.apiReady() && now - n.lastHeartbeatAtApi > config.nodeMonitorGracePeriodSeconds()) {
        markNotReady(n, now);
      }
    }
    for (Zone z : zones.values()) {
      for (Node n : z.nodes) {
        if (!n.apiReady() && Double.isNaN(n.notReadyTaintedAt()) && !z.queue.contains(n)) {
          z.queue.add(n);
        }
      }
    }
    handleDisruption(now);
    taintQueuedNodes();
  }

  private void markNotReady(Node n, double now) {
    n.setApiReady(false);
    n.notReadySince = now;
    for (Pod p : new ArrayList<>(n.pods)) {
      w.api.setPodReady(p, false);
    }
  }

  /** The zone states and their limiters, as {@code handleDisruption} sets them. */
  private void handleDisruption(double now) {
    Map<Zone, ZoneState> next = new LinkedHashMap<>();
    boolean allAreFullyDisrupted = true;
    boolean allWereFullyDisrupted = true;
    for (Zone z : zones.values()) {
      int ready = 0;
      for (Node n : z.nodes) {
        if (n.apiReady()) {
          ready++;
        }
      }
      ZoneState s = ZoneState.of(ready, z.nodes.size() - ready, config.unhealthyZoneThreshold());
      next.put(z, s);
      allAreFullyDisrupted &= s == ZoneState.FULL_DISRUPTION;
      allWereFullyDisrupted &= z.state == ZoneState.FULL_DISRUPTION;
    }
    if (allAreFullyDisrupted && allWereFullyDisrupted) {
      return;
    }
    if (allAreFullyDisrupted) {
      // Master disruption mode: every node loses its taint and leaves the queue; nothing is
      // tainted until a node is Ready again.
      for (Zone z : zones.values()) {
        for (Node n : z.nodes) {
          removeTaint(n);
        }
        z.queue.clear();
        z.limiter.swap(0, now);
        z.state = ZoneState.FULL_DISRUPTION;
      }
      return;
    }
    for (Zone z : zones.values()) {
      ZoneState s = next.get(z);
      if (allWereFullyDisrupted || z.state != s) {
        z.limiter.swap(evictionRate(config, s, z.nodes.size()), now);
        z.state = s;
      }
    }
  }

  /** {@code setLimiterInZone}: the tainting rate of a zone of {@code size} nodes in state {@code s}. */
  static double evictionRate(ControlPlaneConfig c, ZoneState s, int size) {
    if (s == ZoneState.PARTIAL_DISRUPTION) {
      return size > c.largeClusterSizeThreshold() ? c.secondaryNodeEvictionRate() : 0;
    }
    return c.nodeEvictionRate();
  }

  /** Taints the queued nodes as far as each zone's limiter allows, and comes back for the rest. */
  private void taintQueuedNodes() {
    double now = w.now();
    double nextPass = Double.POSITIVE_INFINITY;
    for (Zone z : zones.values()) {
      while (!z.queue.isEmpty() && z.limiter.tryAccept(now)) {
        taint(z.queue.poll(), now);
      }
      if (!z.queue.isEmpty()) {
        nextPass = Math.min(nextPass, z.limiter.nextTokenAt(now));
      }
    }
    if (Double.isFinite(nextPass) && (!Timer.pending(taintingPass) || nextPass < taintingPass.time())) {
      Timer.scheduleAt(taintingPass, nextPass);
    }
  }

  /** The NoExecute taint: the taint manager evicts the node's pods {@code tolerationSeconds} later. */
  private void taint(Node n, double now) {
    n.setNotReadyTaintedAt(now);
    n.evictionTimer = w.after(config.tolerationSeconds(), () -> {
      if (!n.apiReady() && n.notReadyTaintedAt() == now) {
        for (Pod p : new ArrayList<>(n.pods)) {
          if (!p.terminating && p.phase != Pod.Phase.GONE) {
            w.metrics.recordEviction(w.now());
            w.api.deletePod(p);
          }
        }
      }
    });
  }

  private static void removeTaint(Node n) {
    n.setNotReadyTaintedAt(Double.NaN);
    if (n.evictionTimer != null && Timer.pending(n.evictionTimer)) {
      n.evictionTimer.cancel();
    }
  }

  /** {@code node} is Ready again ({@code markNodeAsReachable}): no taint, not queued. */
  public void onNodeReady(Node node) {
    removeTaint(node);
    zones.get(node.config.zone()).queue.remove(node);
  }
}
