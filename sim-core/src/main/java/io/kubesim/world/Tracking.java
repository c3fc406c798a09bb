package io.kubesim.world;

import io.kubesim.cluster.Node;
import io.kubesim.cluster.Pod;
import io.kubesim.metrics.ReplicationMetrics;
import io.kubesim.metrics.ReplicationOutput.MembershipInterval;
import io.kubesim.proxy.EndpointSnapshot;
import io.kubesim.proxy.Service;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Observations that need the model's state: when kube-proxies stop routing to faulty pods
 * (detection), how long and how often healthy nodes route to them (exposure, flaps), whether a pod marked unready was healthy (false unready), the observed service's
 * endpoint count over time (capacity lost after healing) and its membership timeline.
 */
public final class Tracking {
  private final World w;
  private final ReplicationMetrics m;
  public final Service observed;
  private final boolean recordMembership;

  // detection and exposure of the first fault with faulty pods
  private boolean tracked;
  private boolean detected;
  private boolean detectionStarted;
  private boolean[] faulty = new boolean[0];
  private boolean[] excludedNode = new boolean[0];
  private long routes;
  /** Routes to faulty pods counted per [service][node] for services with a mesh. */
  private long[][] meshRoutes = new long[0][];
  private final java.util.function.Predicate<Pod> faultyTest = this::isFaulty;
  private double detectionStart;

  /** Per node, the partitions in force that cut it off (it is on their source side). */
  private final int[] partitionsCuttingOff;

  // endpoint count step function of the observed service
  private final List<double[]> endpointSteps = new ArrayList<>();

  // membership timeline of the observed service
  private final Map<Pod, Double> openSince = new HashMap<>();
  private final List<MembershipInterval> membership = new ArrayList<>();

  // fault window bookkeeping
  private int pendingActions;
  private double plannedEnd = Double.NEGATIVE_INFINITY;

  Tracking(World w, Service observed, boolean recordMembership) {
    this.w = w;
    this.m = w.metrics;
    this.observed = observed;
    this.recordMembership = recordMembership;
    this.partitionsCuttingOff = new int[w.nodes.length];
  }

  // ----- fault window

  public void planFault(double start, double end) {
    m.setFaultStart(start);
    plannedEnd = Math.max(plannedEnd, end);
    if (pendingActions == 0) {
      m.setFaultEnd(plannedEnd);
    }
  }

  public void planAction(double start) {
    m.setFaultStart(start);
    pendingActions++;
    m.setFaultEnd(Double.POSITIVE_INFINITY);
  }

  public void onActionCompleted() {
    pendingActions--;
    plannedEnd = Math.max(plannedEnd, w.now());
    if (pendingActions == 0) {
      m.setFaultEnd(plannedEnd);
    }
  }

  /**
   * A partition that cuts off the nodes in {@code cutOff} from their peers begins (+1) or heals
   * (−1): while one is in force, the pods on those nodes are faulty endpoints, whichever fault is
   * the one being tracked.
   */
  public void onPartition(boolean[] cutOff, int change) {
    for (int i = 0; i < cutOff.length; i++) {
      if (cutOff[i]) {
        partitionsCuttingOff[i] += change;
      }
    }
  }

  // ----- detection and exposure

  /**
   * Starts tracking the first fault that has faulty pods: detection (the first moment no node
   * outside {@code excluded} routes to them) and exposure (how long some such node does, and how
   * often they are re-admitted). Returns what its heal must run: the end of tracking for the
   * tracked fault, nothing for any other.
   */
  public Runnable beginDetection(List<Pod> faultyPods, boolean[] excluded) {
    if (detectionStarted || faultyPods.isEmpty()) {
      return () -> { };
    }
    detectionStarted = true;
    tracked = true;
    detectionStart = w.now();
    m.expectDetection();
    faulty = new boolean[w.pods.size() + 1];
    for (Pod p : faultyPods) {
      faulty[p.id] = true;
    }
    excludedNode = excluded;
    routes = 0;
    meshRoutes = new long[w.services.length][];
    for (Node n : w.nodes) {
      if (!excluded[n.host]) {
        for (int s = 0; s < w.services.length; s++) {
          if (w.meshes[s] == null) {
            routes += count(n.proxy.routed(s));
          }
        }
      }
    }
    for (int s = 0; s < w.meshes.length; s++) {
      if (w.meshes[s] != null) {
        meshRoutes[s] = new long[w.nodes.length];
        for (Node n : w.nodes) {
          if (!excluded[n.host]) {
            meshRoutes[s][n.host] = w.meshes[s].proxy(n.host).countRoutable(faultyTest);
            routes += meshRoutes[s][n.host];
          }
        }
      }
    }
    m.exposure().beginFault(w.now(), routes > 0);
    if (routes == 0) {
      finishDetection();
    }
    return this::endDetection;
  }

  /** The tracked fault healed: stop measuring (undetected if still routed). */
  private void endDetection() {
    tracked = false;
    m.exposure().endFault(w.now());
  }

  /** Faulty pods among those a node routes new connections to under view {@code s}. */
  private long count(EndpointSnapshot s) {
    EndpointSnapshot routable = s.routable();
    if (routable == null) {
      return 0;
    }
    long c = 0;
    for (Pod p : routable.pods) {
      if (p.id < faulty.length && faulty[p.id]) {
        c++;
      }
    }
    return c;
  }

  /** Whether {@code p} is one of the tracked fault's faulty pods. */
  private boolean isFaulty(Pod p) {
    return p.id < faulty.length && faulty[p.id];
  }

  /**
   * Node {@code node}'s mesh proxy for {@code service} changed which endpoints it would send a
   * new request to (a view update, an ejection or a return): recount its routes to faulty pods.
   */
  public void onMeshRoutesChanged(int service, int node) {
    if (!tracked || excludedNode[node] || meshRoutes[service] == null) {
      return;
    }
    long now = w.meshes[service].proxy(node).countRoutable(faultyTest);
    routes += now - meshRoutes[service][node];
    meshRoutes[service][node] = now;
    m.exposure().update(w.now(), routes > 0);
    if (routes == 0) {
      finishDetection();
    }
  }

  public void onViewApplied(Node node, int service, EndpointSnapshot old, EndpointSnapshot now) {
    if (!tracked || excludedNode[node.host] || w.meshes[service] != null) {
      return;
    }
    routes += count(now) - count(old);
    m.exposure().update(w.now(), routes > 0);
    if (routes == 0) {
      finishDetection();
    }
  }

  /** The first time no healthy node routes to a faulty pod is the detection. */
  private void finishDetection() {
    if (!detected) {
      detected = true;
      m.recordDetection(w.now() - detectionStart, w.now());
    }
  }

  // ----- false unready

  public void onMarkedUnready(Pod pod) {
    if (healthy(pod)) {
      m.recordFalseUnready(w.now());
    }
  }

  /** A pod is healthy when it runs, serves at full speed and its node talks with every peer. */
  boolean healthy(Pod pod) {
    if (!pod.containerUp || pod.phase != Pod.Phase.RUNNING || pod.terminating
        || pod.faultMarks > 0 || w.network.isDown(pod.host)) {
      return false;
    }
    int host = pod.host;
    if (!w.network.isCut(host)) {
      return true;
    }
    for (Node n : w.nodes) {
      if (n.host != host && !w.network.canConnect(n.host, host)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code pod} is a healthy endpoint (for false ejections): it runs, serves at full speed,
   * its node is up and not cut off by a partition in force, and it is not one of the pods the
   * fault being measured targets while that fault lasts. A pod that one proxy cannot reach only
   * because that proxy's own node is cut off is healthy.
   */
  public boolean healthyEndpoint(Pod pod) {
    if (!pod.containerUp || pod.phase != Pod.Phase.RUNNING || pod.terminating
        || pod.faultMarks > 0 || w.network.isDown(pod.host)
        || partitionsCuttingOff[pod.host] > 0) {
      return false;
    }
    return !(tracked && pod.id < faulty.length && faulty[pod.id]);
  }

  // ----- endpoints of the observed service

  public void initialiseEndpoints() {
    if (observed == null) {
      return;
    }
    endpointSteps.add(new double[] {0, observed.current.size()});
    if (!recordMembership) {
      return;
    }
    for (Pod p : observed.current.pods) {
      openSince.put(p, 0.0);
    }
  }

  public void onEndpointsChanged(Service s, EndpointSnapshot old, EndpointSnapshot now) {
    if (s != observed) {
      return;
    }
    double t = w.now();
    endpointSteps.add(new double[] {t, now.size()});
    if (!recordMembership) {
      return;
    }
    for (Pod p : old.pods) {
      if (!p.inEndpoints) {
        Double from = openSince.remove(p);
        if (from != null) {
          membership.add(new MembershipInterval(p.name, from, t));
        }
      }
    }
    for (Pod p : now.pods) {
      openSince.putIfAbsent(p, t);
    }
  }

  /** Time-averaged fraction of desired replicas missing from the endpoints after healing. */
  public double capacityLostAfterHeal(double end) {
    double from = m.faultEnd();
    if (observed == null || !(from < end) || Double.isInfinite(m.faultStart())) {
      return Double.NaN;
    }
    int desired = observed.desired();
    if (desired == 0) {
      return Double.NaN;
    }
    double integral = 0;
    for (int i = 0; i < endpointSteps.size(); i++) {
      double t0 = Math.max(endpointSteps.get(i)[0], from);
      double t1 = i + 1 < endpointSteps.size() ? Math.min(endpointSteps.get(i + 1)[0], end) : end;
      if (t1 > t0) {
        double missing = Math.max(0, 1 - endpointSteps.get(i)[1] / desired);
        integral += (t1 - t0) * missing;
      }
    }
    return integral / (end - from);
  }

  /**
   * The membership intervals within the run, closing the open ones at {@code end}; changes while
   * in-flight requests drained after the end are left out.
   */
  public List<MembershipInterval> membership(double end) {
    List<MembershipInterval> out = new ArrayList<>();
    membership.forEach(m -> m.within(end).ifPresent(out::add));
    openSince.entrySet().stream()
        .sorted((a, b) -> Integer.compare(a.getKey().id, b.getKey().id))
        .forEach(e -> new MembershipInterval(e.getKey().name, e.getValue(), end).within(end)
            .ifPresent(out::add));
    out.sort((a, b) -> a.fromSeconds() != b.fromSeconds()
        ? Double.compare(a.fromSeconds(), b.fromSeconds()) : a.pod().compareTo(b.pod()));
    return out;
  }
}
