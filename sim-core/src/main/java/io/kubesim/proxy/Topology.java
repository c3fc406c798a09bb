package io.kubesim.proxy;

import io.kubesim.cluster.Node;
import io.kubesim.cluster.Pod;
import java.util.EnumMap;
import java.util.Map;

/**
 * Which of a service's ready endpoints one node's kube-proxy routes to, by topology: kube-proxy's
 * {@code CategorizeEndpoints} and {@code topologyModeFromHints} ({@code pkg/proxy/topology.go}).
 *
 * <p>Design notes. With {@code trafficDistribution} set, the EndpointSlice controller
 * ({@code k8s.io/endpointslice/trafficdist}) hints every ready endpoint for its own zone, and for
 * {@code PreferSameNode} also for its own node. A kube-proxy then uses same-node hints when every
 * ready endpoint has one and at least one names its node; otherwise same-zone hints when every
 * ready endpoint has one and at least one names its zone; otherwise every ready endpoint. In
 * kubesim every node has a zone and every endpoint a node, so all ready endpoints carry the
 * hints and the rule reduces to "the node's, else the zone's, else all". There is no overload
 * guard (unlike the older Topology Aware Hints): a zone with one ready endpoint sends it all of
 * the zone's traffic. {@code internalTrafficPolicy: Local} ignores topology and keeps only the
 * node's own ready endpoints; when the node has none but the service has some, kube-proxy
 * installs a DROP rule (the client sees a connect timeout), and with none at all the usual
 * REJECT.
 */
interface Topology {

  /** The endpoints of {@code v} this node routes to (possibly {@code v} itself). */
  EndpointSnapshot filter(EndpointSnapshot v, Node node);

  /** trafficDistribution to its filter: one line per value. */
  Map<ServiceConfig.TrafficDistribution, Topology> REGISTRY = new EnumMap<>(Map.of(
      ServiceConfig.TrafficDistribution.NONE, (v, node) -> v,
      ServiceConfig.TrafficDistribution.PREFER_CLOSE, Topology::sameZoneOrAll,
      ServiceConfig.TrafficDistribution.PREFER_SAME_ZONE, Topology::sameZoneOrAll,
      ServiceConfig.TrafficDistribution.PREFER_SAME_NODE, Topology::sameNodeOrZoneOrAll));

  /** The filter for {@code distribution}. */
  static Topology of(ServiceConfig.TrafficDistribution distribution) {
    Topology t = REGISTRY.get(distribution);
    if (t == null) {
      throw new IllegalStateException("no topology filter for " + distribution);
    }
    return t;
  }

  /** PreferSameZone / PreferClose: the zone's ready endpoints if it has any, else all. */
  static EndpointSnapshot sameZoneOrAll(EndpointSnapshot v, Node node) {
    String zone = node.config.zone();
    return subsetOrAll(v, countInZone(v, zone), p -> p.node.config.zone().equals(zone));
  }

  /** PreferSameNode: the node's ready endpoints if any, else the zone's if any, else all. */
  static EndpointSnapshot sameNodeOrZoneOrAll(EndpointSnapshot v, Node node) {
    int onNode = countOnNode(v, node);
    if (onNode > 0) {
      return subsetOrAll(v, onNode, p -> p.node == node);
    }
    return sameZoneOrAll(v, node);
  }

  /** internalTrafficPolicy Local: the node's own ready endpoints only (maybe none). */
  static EndpointSnapshot localOnly(EndpointSnapshot v, Node node) {
    int onNode = countOnNode(v, node);
    if (onNode == v.pods.length) {
      return v;
    }
    return subset(v, onNode, p -> p.node == node);
  }

  private static int countOnNode(EndpointSnapshot v, Node node) {
    int n = 0;
    for (Pod p : v.pods) {
      if (p.node == node) {
        n++;
      }
    }
    return n;
  }

  private static int countInZone(EndpointSnapshot v, String zone) {
    int n = 0;
    for (Pod p : v.pods) {
      if (p.node.config.zone().equals(zone)) {
        n++;
      }
    }
    return n;
  }

  private static EndpointSnapshot subsetOrAll(
      EndpointSnapshot v, int count, java.util.function.Predicate<Pod> keep) {
    return count == 0 || count == v.pods.length ? v : subset(v, count, keep);
  }

  private static EndpointSnapshot subset(
      EndpointSnapshot v, int count, java.util.function.Predicate<Pod> keep) {
    Pod[] kept = new Pod[count];
    int i = 0;
    for (Pod p : v.pods) {
      if (keep.test(p)) {
        kept[i++] = p;
      }
    }
    // the serving-terminating fallback keeps the same scope (Local: only this node's)
    Pod[] terminating = v.servingTerminating;
    if (terminating.length > 0) {
      terminating = java.util.Arrays.stream(terminating).filter(keep).toArray(Pod[]::new);
    }
    return new EndpointSnapshot(v.version, kept, terminating);
  }
}
