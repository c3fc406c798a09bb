package io.kubesim.proxy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesim.cluster.Node;
import io.kubesim.cluster.Pod;
import io.kubesim.experiment.Models;
import io.kubesim.proxy.ServiceConfig.InternalTrafficPolicy;
import io.kubesim.proxy.ServiceConfig.TrafficDistribution;
import io.kubesim.world.World;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import umontreal.ssj.rng.MRG32k3a;

/**
 * kube-proxy's topology rules ({@code pkg/proxy/topology.go}) on six nodes in three zones
 * (node-1 and node-4 in zone-0, node-2 and node-5 in zone-1, node-3 and node-6 in zone-2), one
 * ready pod per node.
 */
class TopologyTest {
  private World world;
  private Pod[] pods;

  private void build(TrafficDistribution td, InternalTrafficPolicy itp) {
    Models m = new Models();
    m.service = new ServiceConfig("web", Map.of("app", "web"), false,
        ServiceConfig.DnsChoice.FIRST, 5, ServiceConfig.SessionAffinity.NONE, 10800,
        ServiceConfig.ExternalTrafficPolicy.CLUSTER, td, itp);
    world = m.world();
    world.deployments[0].createInitialPods();
    pods = new Pod[6];
    for (Pod p : world.pods) {
      pods[p.node.host] = p;
    }
  }

  private Node node(int i) {
    return world.nodes[i - 1];
  }

  private Pod podOn(int i) {
    return pods[i - 1];
  }

  private EndpointSnapshot ready(int... nodes) {
    return new EndpointSnapshot(1, Arrays.stream(nodes).mapToObj(this::podOn).toArray(Pod[]::new));
  }

  private Pod[] routed(int service, int nodeIndex, EndpointSnapshot v) {
    KubeProxy proxy = node(nodeIndex).proxy;
    proxy.initialise(service, v);
    return proxy.routed(service).pods;
  }

  @Test
  void preferSameZone_keepsTheZonesReadyEndpoints() {
    build(TrafficDistribution.PREFER_SAME_ZONE, InternalTrafficPolicy.CLUSTER);
    assertArrayEquals(new Pod[] {podOn(1), podOn(4)}, routed(0, 1, ready(1, 2, 3, 4, 5, 6)));
    assertArrayEquals(new Pod[] {podOn(4)}, routed(0, 1, ready(2, 3, 4, 5)));
  }

  @Test
  void preferSameZone_fallsBackToAllWhenTheZoneHasNoReadyEndpoint() {
    build(TrafficDistribution.PREFER_SAME_ZONE, InternalTrafficPolicy.CLUSTER);
    EndpointSnapshot v = ready(2, 3, 5, 6);
    assertSame(v.pods, routed(0, 1, v));
  }

  @Test
  void preferClose_isPreferSameZone() {
    build(TrafficDistribution.PREFER_CLOSE, InternalTrafficPolicy.CLUSTER);
    assertArrayEquals(new Pod[] {podOn(2), podOn(5)}, routed(0, 5, ready(1, 2, 3, 4, 5, 6)));
    EndpointSnapshot v = ready(1, 3);
    assertSame(v.pods, routed(0, 5, v));
  }

  @Test
  void preferSameNode_keepsTheNodesThenTheZonesThenAll() {
    build(TrafficDistribution.PREFER_SAME_NODE, InternalTrafficPolicy.CLUSTER);
    assertArrayEquals(new Pod[] {podOn(3)}, routed(0, 3, ready(1, 2, 3, 4, 5, 6)));
    assertArrayEquals(new Pod[] {podOn(6)}, routed(0, 3, ready(1, 2, 4, 5, 6)));
    EndpointSnapshot v = ready(1, 2, 4, 5);
    assertSame(v.pods, routed(0, 3, v));
  }

  @Test
  void noTrafficDistribution_routesTheAppliedViewItself() {
    build(TrafficDistribution.NONE, InternalTrafficPolicy.CLUSTER);
    EndpointSnapshot v = ready(1, 2, 3);
    KubeProxy proxy = node(1).proxy;
    proxy.initialise(0, v);
    assertSame(v, proxy.routed(0));
    assertFalse(proxy.drops(0));
  }

  @Test
  void internalLocal_keepsOnlyTheNodesEndpointsAndIgnoresTopology() {
    build(TrafficDistribution.PREFER_SAME_ZONE, InternalTrafficPolicy.LOCAL);
    assertArrayEquals(new Pod[] {podOn(2)}, routed(0, 2, ready(1, 2, 3, 4, 5, 6)));
    KubeProxy proxy = node(2).proxy;
    MRG32k3a lb = new MRG32k3a();
    assertSame(podOn(2), proxy.pick(0, lb, new AffinityEntry()));
    // external traffic entering node-2 follows the Cluster policy, with topology
    Pod external = proxy.pickExternal(0, lb);
    assertTrue(external == podOn(2) || external == podOn(5), "zone-1 endpoint: " + external);
  }

  @Test
  void internalLocal_dropsWhenTheNodeHasNoEndpointButTheServiceHas() {
    build(TrafficDistribution.NONE, InternalTrafficPolicy.LOCAL);
    assertArrayEquals(new Pod[0], routed(0, 2, ready(1, 3)));
    KubeProxy proxy = node(2).proxy;
    assertNull(proxy.pick(0, new MRG32k3a(), new AffinityEntry()));
    assertTrue(proxy.drops(0), "DROP: the service has endpoints elsewhere");
    routed(0, 2, ready());
    assertFalse(proxy.drops(0), "REJECT: the service has no endpoints at all");
  }

  private EndpointSnapshot withTerminating(int[] ready, int... terminating) {
    return new EndpointSnapshot(1, Arrays.stream(ready).mapToObj(this::podOn).toArray(Pod[]::new),
        Arrays.stream(terminating).mapToObj(this::podOn).toArray(Pod[]::new));
  }

  @Test
  void cluster_usesServingTerminatingEndpointsOnlyWhenNoReadyOneIsLeft() {
    // KEP-1669: ready endpoints first, whatever is terminating
    build(TrafficDistribution.NONE, InternalTrafficPolicy.CLUSTER);
    KubeProxy proxy = node(1).proxy;
    MRG32k3a lb = new MRG32k3a();
    proxy.initialise(0, withTerminating(new int[] {2}, 3, 4));
    for (int i = 0; i < 20; i++) {
      assertSame(podOn(2), proxy.pick(0, lb, new AffinityEntry()));
    }
    // no ready endpoint anywhere: any serving-terminating one (here on other nodes)
    proxy.initialise(0, withTerminating(new int[0], 3, 4));
    for (int i = 0; i < 20; i++) {
      Pod p = proxy.pick(0, lb, new AffinityEntry());
      assertTrue(p == podOn(3) || p == podOn(4), "serving-terminating endpoint: " + p);
    }
    proxy.initialise(0, withTerminating(new int[0]));
    assertNull(proxy.pick(0, lb, new AffinityEntry()));
  }

  @Test
  void internalLocal_fallsBackToTheNodesOwnServingTerminatingEndpointsBeforeDropping() {
    build(TrafficDistribution.NONE, InternalTrafficPolicy.LOCAL);
    KubeProxy proxy = node(2).proxy;
    MRG32k3a lb = new MRG32k3a();
    proxy.initialise(0, withTerminating(new int[] {1, 3}, 2, 4));
    assertSame(podOn(2), proxy.pick(0, lb, new AffinityEntry()));
    assertFalse(proxy.drops(0));
    // a terminating endpoint on another node is not local: DROP
    proxy.initialise(0, withTerminating(new int[] {1, 3}, 4));
    assertNull(proxy.pick(0, lb, new AffinityEntry()));
    assertTrue(proxy.drops(0));
  }
}
