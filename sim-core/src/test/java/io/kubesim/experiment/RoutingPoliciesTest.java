package io.kubesim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubesim.proxy.ServiceConfig;
import io.kubesim.proxy.ServiceConfig.InternalTrafficPolicy;
import io.kubesim.proxy.ServiceConfig.TrafficDistribution;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * kube-proxy's trafficDistribution and internalTrafficPolicy end to end, against the share of
 * requests each rule sends to an unreachable pod. Six nodes in three zones (node-3 and node-6
 * share zone-2), one pod per node, clients spread evenly over the nodes.
 */
class RoutingPoliciesTest {

  private static Models routed(TrafficDistribution td, InternalTrafficPolicy itp) {
    Models m = new Models();
    m.service = new ServiceConfig("web", Map.of("app", "web"), false,
        ServiceConfig.DnsChoice.FIRST, 5, ServiceConfig.SessionAffinity.NONE, 10800,
        ServiceConfig.ExternalTrafficPolicy.CLUSTER, td, itp);
    return m;
  }

  private static double successDuringGrayPartition(Models m) {
    m.grayPartition("node-3", 20, Double.POSITIVE_INFINITY);
    ExperimentResult.VariantResult v = ExperimentRunner.run(Models.experiment(80, 10, 1, 5,
        Models.variant("v", m.build())), 1, ProgressListener.none()).variants().get(0);
    return v.kpis().get("successRateDuringFault").mean();
  }

  @Test
  void grayPartition_failsTheShareEachRuleRoutesAcrossTheCut() {
    // Cluster-wide: node-3's clients reach only their own pod (1/6 of their picks), the other
    // five nodes send 1/6 of theirs to node-3: failures (5/6 + 5 × 1/6) / 6 = 10/36.
    assertEquals(1 - 10.0 / 36, successDuringGrayPartition(
        routed(TrafficDistribution.NONE, InternalTrafficPolicy.CLUSTER)), 0.02);
    // PreferClose: only node-3 and node-6 (zone-2) cross the cut, half of their picks each.
    assertEquals(1 - 1.0 / 6, successDuringGrayPartition(
        routed(TrafficDistribution.PREFER_CLOSE, InternalTrafficPolicy.CLUSTER)), 0.02);
    // PreferSameNode and internalTrafficPolicy Local: every node uses its own pod.
    assertEquals(1, successDuringGrayPartition(
        routed(TrafficDistribution.PREFER_SAME_NODE, InternalTrafficPolicy.CLUSTER)), 0.002);
    assertEquals(1, successDuringGrayPartition(
        routed(TrafficDistribution.NONE, InternalTrafficPolicy.LOCAL)), 0.002);
  }

  @Test
  void internalLocal_withoutALocalEndpoint_dropsConnectionsUntilTheConnectTimeout() {
    // Three pods on six nodes: the three nodes without one drop their clients' SYNs.
    Models m = routed(TrafficDistribution.NONE, InternalTrafficPolicy.LOCAL);
    m.replicas = 3;
    m.rate = 60;
    m.connectTimeout = 2;
    ExperimentResult.VariantResult v = ExperimentRunner.run(Models.experiment(60, 10, 1, 5,
        Models.variant("v", m.build())), 1, ProgressListener.none()).variants().get(0);
    assertEquals(0.5, v.kpis().get("successRate").mean(), 0.05);
    assertEquals(0, v.failures().get("noEndpoints").mean());
    double failed = 1 - v.kpis().get("successRate").mean();
    assertEquals(failed, v.failures().get("connectTimeout").mean(), 1e-9, v.failures().toString());
  }
}
