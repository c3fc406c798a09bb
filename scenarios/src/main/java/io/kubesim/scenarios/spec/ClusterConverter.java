package io.kubesim.scenarios.spec;

import io.kubesim.cluster.KubeletConfig;
import io.kubesim.cluster.NodeConfig;
import io.kubesim.controlplane.ControlPlaneConfig;
import io.kubesim.network.DataRetransmission;
import io.kubesim.network.NetworkConfig;
import io.kubesim.probe.PeerReachabilityConfig;
import io.kubesim.proxy.KubeProxyConfig;
import io.kubesim.proxy.ProxyMode;
import io.kubesim.traffic.DnsConfig;
import io.kubesim.scenarios.yaml.ScenarioException;
import java.util.ArrayList;
import java.util.List;

/** Converts {@code spec.cluster}: nodes, kubelet, control plane, kube-proxy, network. */
final class ClusterConverter {
  private ClusterConverter() {}

  static List<NodeConfig> nodes(ObjectReader r) {
    boolean hasCount = r.has("count");
    boolean hasItems = r.has("items");
    if (hasCount && hasItems) {
      throw new ScenarioException(r.node().location(), r.path(),
          "give either count or items, not both");
    }
    List<NodeConfig> nodes = new ArrayList<>();
    if (hasItems) {
      for (ObjectReader item : r.objects("items")) {
        String name = item.text("name");
        String zone = item.text("zone");
        int maxPods = item.integer32("maxPods");
        String cidr = cidr(nodes.size());
        nodes.add(Conversion.build(item.node(), item.path(),
            () -> new NodeConfig(name, zone, cidr, maxPods)));
      }
      if (nodes.isEmpty()) {
        throw new ScenarioException(r.node().location(), r.child("items"), "expected at least one node");
      }
      return nodes;
    }
    int count = hasCount ? r.integer32("count") : 3;
    List<String> zones = r.texts("zones");
    if (zones.isEmpty()) {
      throw new ScenarioException(r.value("zones").location(), r.child("zones"),
          "expected at least one zone");
    }
    int maxPods = r.integer32("maxPods");
    for (int i = 0; i < count; i++) {
      String name = "node-" + (i + 1);
      String zone = zones.get(i % zones.size());
      String cidr = cidr(i);
      nodes.add(Conversion.build(r.node(), r.path(), () -> new NodeConfig(name, zone, cidr, maxPods)));
    }
    return nodes;
  }

  private static String cidr(int i) {
    return "10." + (244 + i / 256) + "." + (i % 256) + ".0/24";
  }

  static KubeletConfig kubelet(ObjectReader r) {
    double status = r.seconds("nodeStatusUpdateFrequency");
    ObjectReader crash = r.object("crashLoopBackOff");
    double initial = crash.seconds("initialDelay");
    double max = crash.seconds("maxContainerRestartPeriod");
    double reset = crash.seconds("resetAfter");
    return Conversion.build(r.node(), r.path(), () -> new KubeletConfig(status, initial, max, reset));
  }

  static ControlPlaneConfig controlPlane(ObjectReader r) {
    double period = r.seconds("nodeMonitorPeriod");
    double grace = r.seconds("nodeMonitorGracePeriod");
    double toleration = r.number("tolerationSeconds");
    var propagation = r.distribution("endpointPropagationDelay");
    var scheduling = r.distribution("schedulingDelay");
    double rate = r.number("nodeEvictionRate");
    double secondary = r.number("secondaryNodeEvictionRate");
    double unhealthy = r.number("unhealthyZoneThreshold");
    int large = r.integer32("largeClusterSizeThreshold");
    return Conversion.build(r.node(), r.path(), () -> new ControlPlaneConfig(period, grace,
        toleration, propagation, scheduling, rate, secondary, unhealthy, large));
  }

  static KubeProxyConfig kubeProxy(ObjectReader r) {
    String mode = r.choice("mode");
    String scheduler = r.object("ipvs").choice("scheduler");
    ProxyMode proxyMode = switch (mode) {
      case "iptables" -> ProxyMode.IPTABLES;
      case "nftables" -> ProxyMode.NFTABLES;
      default -> scheduler.equals("lc") ? ProxyMode.IPVS_LC : ProxyMode.IPVS_RR;
    };
    double minSync = r.seconds("minSyncPeriod");
    int burst = r.integer32("syncBurst");
    double syncDuration = r.seconds("syncDuration");
    return Conversion.build(r.node(), r.path(),
        () -> new KubeProxyConfig(proxyMode, minSync, burst, syncDuration));
  }

  static PeerReachabilityConfig peerReachability(ObjectReader r) {
    double period = r.seconds("period");
    double timeout = r.seconds("timeout");
    int failure = r.integer32("failureThreshold");
    int success = r.integer32("successThreshold");
    double quorum = r.number("quorum");
    double minHealthy = r.number("minHealthy");
    PeerReachabilityConfig.Action action = r.choice("action").equals("taint")
        ? PeerReachabilityConfig.Action.TAINT : PeerReachabilityConfig.Action.MARK_UNREADY;
    return Conversion.build(r.node(), r.path(), () -> new PeerReachabilityConfig(
        period, timeout, failure, success, quorum, minHealthy, action));
  }

  static NetworkConfig network(ObjectReader r) {
    var latency = r.distribution("latency");
    double loss = r.number("loss");
    int synRetries = r.integer32("tcpSynRetries");
    double rto = r.seconds("synInitialRto");
    double rtoMin = r.seconds("tcpRtoMin");
    double rtoMax = r.seconds("tcpRtoMax");
    int retries2 = r.integer32("tcpRetries2");
    return Conversion.build(r.node(), r.path(), () -> new NetworkConfig(latency, loss, synRetries,
        rto, new DataRetransmission(rtoMin, rtoMax, retries2)));
  }

  static DnsConfig dns(ObjectReader r) {
    int replicas = r.integer32("replicas");
    double timeout = r.seconds("timeout");
    int attempts = r.integer32("attempts");
    boolean sameSocket = r.bool("retrySameSocket");
    double clientTtl = r.seconds("clientCacheTtl");
    boolean nodeLocal = r.bool("nodeLocalCache");
    double recordTtl = r.seconds("recordTtl");
    var queryTime = r.distribution("queryTime");
    return Conversion.build(r.node(), r.path(), () -> new DnsConfig(replicas, timeout, attempts,
        sameSocket, clientTtl, nodeLocal, recordTtl, queryTime));
  }
}
