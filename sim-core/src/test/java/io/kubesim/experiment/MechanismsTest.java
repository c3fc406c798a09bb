package io.kubesim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesim.cluster.WarmCacheConfig;
import io.kubesim.dist.Distribution;
import io.kubesim.fault.FaultConfig;
import io.kubesim.fault.HostSelector;
import io.kubesim.fault.PodSelector;
import io.kubesim.probe.ProbeCheck;
import io.kubesim.probe.ProbeConfig;
import io.kubesim.proxy.KubeProxyConfig;
import io.kubesim.proxy.ProxyMode;
import io.kubesim.proxy.ServiceConfig;
import io.kubesim.traffic.ConnectionConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** End-to-end behaviour of the model's mechanisms, each against what it must show. */
class MechanismsTest {
  private static ExperimentResult.VariantResult run(Models m, double duration, int reps) {
    return ExperimentRunner.run(Models.experiment(duration, 10, reps, 21,
        Models.variant("v", m.build())), 2, ProgressListener.none()).variants().get(0);
  }

  private static double kpi(ExperimentResult.VariantResult v, String key) {
    return v.kpis().get(key).mean();
  }

  @Test
  void headlessService_clientsTakingTheFirstAnswer_sendEverythingToOnePod() {
    Models first = new Models();
    first.service = new ServiceConfig("web", Map.of("app", "web"), true,
        ServiceConfig.DnsChoice.FIRST, 5, ServiceConfig.SessionAffinity.NONE, 10800,
        ServiceConfig.ExternalTrafficPolicy.CLUSTER);
    first.rate = 100;
    assertEquals(6, kpi(run(first, 120, 2), "servedImbalance"), 0.01);
    Models random = new Models();
    random.service = new ServiceConfig("web", Map.of("app", "web"), true,
        ServiceConfig.DnsChoice.RANDOM, 5, ServiceConfig.SessionAffinity.NONE, 10800,
        ServiceConfig.ExternalTrafficPolicy.CLUSTER);
    random.rate = 100;
    assertTrue(kpi(run(random, 120, 2), "servedImbalance") < 1.2);
  }

  @Test
  void ipvsRoundRobin_balancesExactlyPerNode() {
    Models m = new Models();
    m.kubeProxy = new KubeProxyConfig(ProxyMode.IPVS_RR, 1);
    m.clientNodes = List.of("node-1");
    m.rate = 60;
    ExperimentResult.VariantResult v = run(m, 100, 1);
    double max = v.pods().stream().mapToDouble(p -> p.served().mean()).max().orElseThrow();
    double min = v.pods().stream().mapToDouble(p -> p.served().mean()).min().orElseThrow();
    assertTrue(max - min <= 1, "round robin spread " + min + ".." + max);
  }

  @Test
  void ipvsLeastConnection_sendsLessToASlowPod_thanRandomChoice() {
    // Light load, so that the slow pod (8 × 20 ms on 4 workers) is not saturated and its share
    // of requests served is its share of the routing; one client node, because IPVS counts
    // only the connections of its own node.
    Models lc = new Models();
    lc.rate = 60;
    lc.clientNodes = List.of("node-1");
    lc.kubeProxy = new KubeProxyConfig(ProxyMode.IPVS_LC, 1);
    lc.faults.add(new FaultConfig.SlowPod("slow", 0, Double.POSITIVE_INFINITY,
        new PodSelector("web", List.of(1), Optional.empty()), 8, new Distribution.Constant(0)));
    Models random = new Models();
    random.rate = 60;
    random.clientNodes = List.of("node-1");
    random.faults.addAll(lc.faults);
    double lcShare = servedShare(run(lc, 120, 1), "web-1");
    double randomShare = servedShare(run(random, 120, 1), "web-1");
    assertEquals(1.0 / 6, randomShare, 0.02);
    assertTrue(lcShare < 0.6 * randomShare, "lc " + lcShare + " vs random " + randomShare);
  }

  private static double servedShare(ExperimentResult.VariantResult v, String pod) {
    double total = v.pods().stream().mapToDouble(p -> p.served().mean()).sum();
    return v.pods().stream().filter(p -> p.pod().equals(pod))
        .mapToDouble(p -> p.served().mean()).sum() / total;
  }

  @Test
  void externalTrafficPolicyCluster_addsAHopThatLocalAvoids() {
    Models cluster = new Models();
    cluster.external = true;
    cluster.hop = new Distribution.Constant(0.005);
    cluster.serviceTime = new Distribution.Constant(0.01);
    Models local = new Models();
    local.external = true;
    local.hop = new Distribution.Constant(0.005);
    local.serviceTime = new Distribution.Constant(0.01);
    local.service = new ServiceConfig("web", Map.of("app", "web"), false,
        ServiceConfig.DnsChoice.FIRST, 5, ServiceConfig.SessionAffinity.NONE, 10800,
        ServiceConfig.ExternalTrafficPolicy.LOCAL);
    // Local: 4 one-way hops of 5 ms + 10 ms service = 30 ms; Cluster: 5/6 of requests go to
    // another node, doubling the hops: 50 ms.
    assertEquals(0.030, kpi(run(local, 60, 1), "latencyP50Seconds"), 0.001);
    assertEquals(0.050, kpi(run(cluster, 60, 1), "latencyP50Seconds"), 0.001);
  }

  @Test
  void keepAliveConnections_failByTimeoutOnce_thenStickToReachablePods() {
    // Pooled connections to the partitioned pod are established, so requests on them time out
    // (not connect failures); a timed-out connection is closed, and the pools then keep reusing
    // connections to pods that answer: far fewer failures than one connection per request.
    Models m = new Models().grayPartition("node-3", 30, Double.POSITIVE_INFINITY);
    m.connections = new ConnectionConfig(true, 8, 90);
    m.requestTimeout = 1;
    ExperimentResult.VariantResult v = run(m, 90, 2);
    assertTrue(v.failures().get("requestTimeout").mean() > 0, v.failures().toString());
    assertTrue(kpi(v, "successRateDuringFault") > 0.95);
    Models perRequest = new Models().grayPartition("node-3", 30, Double.POSITIVE_INFINITY);
    perRequest.requestTimeout = 1;
    assertTrue(kpi(run(perRequest, 90, 2), "successRateDuringFault") < 0.8);
  }

  @Test
  void rollingUpdate_replacesEveryPod_andColdCachesSlowRequests() {
    Models m = new Models();
    m.warmCache = Optional.of(new WarmCacheConfig(5, 60));
    m.faults.add(new FaultConfig.RollingUpdate("upgrade", 60, "web"));
    ExperimentResult.VariantResult v = run(m, 300, 1);
    assertEquals(12, v.pods().size());
    assertTrue(kpi(v, "latencyP99Seconds") > 0.1, "p99 " + kpi(v, "latencyP99Seconds"));
    assertTrue(v.kpis().get("successRateAfterFault").n() == 1);
  }

  @Test
  void throughputLivenessProbe_atLowLoad_restartsHealthyContainers() {
    Models m = new Models();
    m.rate = 3;
    m.liveness = Optional.of(
        ProbeConfig.defaults(new ProbeCheck.Throughput(10, ProbeCheck.Readmission.NONE, 0)));
    assertTrue(kpi(run(m, 200, 1), "restarts") >= 6);
  }

  @Test
  void throughputReadiness_atLowLoad_marksHealthyPodsUnready_andReadmissionBringsThemBack() {
    Models naive = new Models();
    naive.rate = 1.2;
    naive.readiness = new ProbeCheck.Throughput(2, ProbeCheck.Readmission.NONE, 0);
    Models readmit = new Models();
    readmit.rate = 1.2;
    readmit.readiness = new ProbeCheck.Throughput(2, ProbeCheck.Readmission.AFTER, 20);
    ExperimentResult.VariantResult n = run(naive, 600, 2);
    ExperimentResult.VariantResult r = run(readmit, 600, 2);
    assertTrue(kpi(n, "falseUnreadyTransitions") > 0);
    double naiveEnd = n.timeSeries().get(n.timeSeries().size() - 1).readyEndpoints();
    double readmitEnd = r.timeSeries().get(r.timeSeries().size() - 1).readyEndpoints();
    assertTrue(naiveEnd < readmitEnd, "ready endpoints at the end: " + naiveEnd + " vs " + readmitEnd);
  }

  @Test
  void grayPartition_exposure_isTheWholeFaultForTheDefaultProbe_andShowsTheReadmissionFlap() {
    // Throughput check: unready after three failed probes (~30 s), re-admitted 30 s later, gone
    // again after three more failed probes: exposed for about 34 + 30 of the 120 s, one flap.
    Models http = new Models().grayPartition("node-3", 60, 120);
    Models readmit = new Models().grayPartition("node-3", 60, 120);
    readmit.readiness = new ProbeCheck.Throughput(300, ProbeCheck.Readmission.AFTER, 30);
    ExperimentResult.VariantResult h = run(http, 240, 2);
    ExperimentResult.VariantResult r = run(readmit, 240, 2);
    assertEquals(1.0, kpi(h, "exposureFraction"), 1e-12);
    assertEquals(0, kpi(h, "faultyEndpointFlaps"));
    assertEquals(0, kpi(h, "faultDetected"));
    double exposure = kpi(r, "exposureFraction");
    assertTrue(exposure > 0.4 && exposure < 0.7, "exposure " + exposure);
    assertTrue(kpi(r, "faultyEndpointFlaps") >= 1, "flaps " + kpi(r, "faultyEndpointFlaps"));
    double detection = kpi(r, "detectionSeconds");
    assertTrue(exposure * 120 > detection + 20, "re-admission exposes again after detection");
    var series = r.timeSeries();
    assertEquals(0, series.get(5).exposedFraction(), 1e-12);
    assertEquals(1, series.get(13).exposedFraction(), 1e-12);
    assertEquals(0, series.get(36).exposedFraction(), 1e-12);
    assertTrue(Double.isNaN(run(new Models(), 60, 1).timeSeries().get(0).exposedFraction()));
  }

  @Test
  void clientIpAffinity_isPerClientPod_soPodsOnOneNodeStickToTheirOwnEndpoints() {
    // Six client pods on node-1, each with its own ClientIP entry: each sticks to one endpoint
    // of its own random choice (all six on one endpoint: probability 6·(1/6)^6). One client pod
    // alone sends everything to one endpoint.
    Models m = new Models();
    m.clientNodes = List.of("node-1");
    m.rate = 5;
    m.service = new ServiceConfig("web", Map.of("app", "web"), false, ServiceConfig.DnsChoice.FIRST,
        5, ServiceConfig.SessionAffinity.CLIENT_IP, 10800,
        ServiceConfig.ExternalTrafficPolicy.CLUSTER);
    io.kubesim.config.ModelConfig one = m.build();
    java.util.List<io.kubesim.traffic.ClientConfig> clients = new java.util.ArrayList<>();
    for (int i = 0; i < 6; i++) {
      io.kubesim.traffic.ClientConfig c = one.clients().get(0);
      clients.add(new io.kubesim.traffic.ClientConfig("clients-" + i, c.service(), c.external(),
          c.nodes(), c.arrivals(), c.connections(), c.retries(), c.connectTimeoutSeconds(),
          c.requestTimeoutSeconds(), c.lbHealthCheckSeconds()));
    }
    io.kubesim.config.ModelConfig six = new io.kubesim.config.ModelConfig(one.nodes(),
        one.kubelet(), one.controlPlane(), one.kubeProxy(), one.network(), one.deployments(),
        one.services(), clients, one.faults());
    java.util.function.Function<io.kubesim.config.ModelConfig, Long> podsServing = model ->
        ExperimentRunner.run(Models.experiment(120, 10, 1, 21, Models.variant("v", model)), 1,
            ProgressListener.none()).variants().get(0).pods().stream()
            .filter(p -> p.served().mean() > 0).count();
    assertEquals(1, podsServing.apply(one));
    assertTrue(podsServing.apply(six) > 1);
  }

  @Test
  void saturatedPod_failsItsSharedProbes_butPassesDedicatedOnes() {
    // web-0 serves 50× slower (1 s per request on 4 workers: 4/s) while it gets 100/s: its queue
    // stays full. Probes queued behind requests time out or get 503; a dedicated handler answers
    // in 50 ms.
    java.util.function.Function<io.kubesim.cluster.ServerConfig.ProbeHandling, Double> detected =
        handling -> {
          Models m = new Models();
          m.probeHandling = handling;
          m.faults.add(new FaultConfig.SlowPod("saturate", 30, 100,
              new PodSelector("web", List.of(0), Optional.empty()), 50,
              new Distribution.Constant(0)));
          return kpi(run(m, 150, 1), "faultDetected");
        };
    assertEquals(1, detected.apply(io.kubesim.cluster.ServerConfig.ProbeHandling.SHARED));
    assertEquals(0, detected.apply(io.kubesim.cluster.ServerConfig.ProbeHandling.DEDICATED));
  }

  @Test
  void membership_leavesOutChangesWhileRequestsDrainAfterTheEnd() {
    // web-0 crashes 3 s before the end; it is back in the endpoints only after the end, while
    // requests drain for up to 31 s. No interval may start at or after the end, or end before it
    // starts.
    Models m = new Models();
    m.requestTimeout = 30;
    m.faults.add(new FaultConfig.PodCrash("crash", 97, 0,
        new PodSelector("web", List.of(0), Optional.empty())));
    ExperimentResult.VariantResult v = run(m, 100, 1);
    assertTrue(v.membership().stream().anyMatch(i -> i.pod().equals("web-0") && i.toSeconds() < 100),
        "web-0 left the endpoints before the end");
    for (ExperimentResult.MembershipInterval i : v.membership()) {
      assertTrue(0 <= i.fromSeconds() && i.fromSeconds() < i.toSeconds() && i.toSeconds() <= 100,
          i.toString());
    }
  }

  @Test
  void podCrash_restartsAtOnce_andIsProbedAsSoonAsItRuns() {
    // Crash at 40 s: the first restart is immediate, start-up takes 2 s, and the readiness probe
    // of a container started long after the kubelet runs at once (initialDelaySeconds 0): web-0
    // is back in the endpoints 2 s and one probe's service time (1 ms) after the crash.
    Models m = new Models();
    m.rate = 100;
    m.faults.add(new FaultConfig.PodCrash("crash", 40, 0,
        new PodSelector("web", List.of(0), Optional.empty())));
    assertEquals(42.001, rejoins(run(m, 100, 1), "web-0", 40).min().orElseThrow(), 0.01);
  }

  /** When {@code pod} entered the endpoints after {@code after} seconds. */
  private static java.util.stream.DoubleStream rejoins(ExperimentResult.VariantResult v,
      String pod, double after) {
    return v.membership().stream().filter(i -> i.pod().equals(pod) && i.fromSeconds() > after)
        .mapToDouble(ExperimentResult.MembershipInterval::fromSeconds);
  }

  @Test
  void crashLoop_restartsAfter0_10_20_40Seconds() {
    // Every start is killed 0.5 s later until 100 s; start-up 2 s. Exits at 40, 42.5 (back-off
    // 10 s), 55 (20 s), 77.5 (40 s): the fourth restart starts at 119.5 s, after the loop.
    Models m = new Models();
    m.rate = 100;
    m.faults.add(new FaultConfig.PodCrash("loop", 40, 60,
        new PodSelector("web", List.of(0), Optional.empty())));
    ExperimentResult.VariantResult v = run(m, 150, 1);
    assertEquals(4, kpi(v, "restarts"));
    assertEquals(119.501, rejoins(v, "web-0", 40).max().orElseThrow(), 0.01);
  }

  /**
   * Evictions in 300 s when {@code cut} nodes lose the control plane at 61 s. Monitor passes
   * every 20 s make every cut node NotReady in the same pass (at 120 s); the taint evicts 30 s
   * later.
   */
  private static double evictions(int zones, int cut, double rate, double secondary,
      int largeCluster) {
    Models m = new Models();
    m.zones = zones;
    m.controlPlane = new io.kubesim.controlplane.ControlPlaneConfig(20, 50, 30,
        new Distribution.Constant(0.5), new Distribution.Constant(0.1), rate, secondary, 0.55,
        largeCluster);
    String[] nodes = new String[cut];
    for (int i = 0; i < cut; i++) {
      nodes[i] = "node-" + (1 + i * zones % m.nodes + (i * zones) / m.nodes);
    }
    m.faults.add(new FaultConfig.Partition("cp", 61, Double.POSITIVE_INFINITY,
        HostSelector.ofNodes(nodes), HostSelector.theControlPlane(), FaultConfig.Direction.BOTH));
    m.rate = 20;
    return kpi(run(m, 300, 1), "podsEvicted");
  }

  @Test
  void nodeLifecycle_normalZone_taintsAtTheEvictionRate() {
    // One zone of 6, 2 NotReady: Normal. At 0.1/s both are tainted (120 s, 130 s) and evicted by
    // 160 s; at 0.005/s the second waits until 320 s.
    assertEquals(2, evictions(1, 2, 0.1, 0.01, 50));
    assertEquals(1, evictions(1, 2, 0.005, 0.01, 50));
  }

  @Test
  void nodeLifecycle_partialDisruption_stopsEvictionsInASmallZone_andSlowsThemInALargeOne() {
    // One zone of 6, 4 NotReady (0.67 ≥ 0.55, more than 2): partially disrupted. A zone of at most
    // 50 nodes taints nothing; with the threshold at 5 it taints at 0.01/s: one node at 120 s,
    // the next only at 220 s (evicted at 250 s).
    assertEquals(0, evictions(1, 4, 0.1, 0.01, 50));
    assertEquals(2, evictions(1, 4, 0.1, 0.01, 5));
  }

  @Test
  void nodeLifecycle_masterDisruption_evictsNothing_butOneFullyDisruptedZoneIsEvicted() {
    // Every node cut from the control plane: every zone fully disrupted, nothing is evicted.
    assertEquals(0, evictions(1, 6, 0.1, 0.01, 50));
    assertEquals(0, evictions(3, 6, 0.1, 0.01, 50));
    // Only zone-0 (node-1, node-4) fully disrupted: the others are Normal, so it is evicted at the
    // normal rate.
    assertEquals(2, evictions(3, 2, 0.1, 0.01, 50));
  }

  @Test
  void podCrash_restartsOnce_andResetsItsConnections() {
    Models m = new Models();
    m.rate = 2000;
    m.faults.add(new FaultConfig.PodCrash("crash", 40, 0,
        new PodSelector("web", List.of(0), Optional.empty())));
    ExperimentResult.VariantResult v = run(m, 100, 1);
    assertEquals(1, kpi(v, "restarts"));
    assertTrue(v.failures().get("reset").mean() + v.failures().get("refused").mean() > 0);
  }

  @Test
  void nodeCrash_failsConnections_untilTheNodeIsNotReady() {
    Models m = new Models();
    m.connectTimeout = 2;
    m.faults.add(new FaultConfig.NodeCrash("crash", 40, 200, HostSelector.ofNodes("node-4")));
    ExperimentResult.VariantResult v = run(m, 240, 1);
    assertTrue(v.failures().get("connectTimeout").mean() > 0);
    double detection = kpi(v, "detectionSeconds");
    assertTrue(detection > 40 && detection < 60, "detection " + detection);
  }

  @Test
  void clientsOnACutOffNode_failUntilEvicted_thenStartElsewhere() {
    Models m = new Models();
    m.connectTimeout = 1;
    m.controlPlane = new io.kubesim.controlplane.ControlPlaneConfig(5, 50, 30,
        new Distribution.Constant(0.5), new Distribution.Constant(0.1));
    m.faults.add(new FaultConfig.Partition("cut-off", 30, Double.POSITIVE_INFINITY,
        HostSelector.ofNodes("node-3"), new HostSelector(List.of(), List.of(), true, true, true),
        FaultConfig.Direction.BOTH));
    ExperimentResult.VariantResult v = run(m, 240, 1);
    // NotReady by 30 + 55 s and evicted 30 s later: from then on no request starts on node-3.
    var series = v.timeSeries();
    assertTrue(series.get(10).successRate().mean() < 0.9, "just after the cut-off");
    assertEquals(1.0, series.get(series.size() - 1).successRate().mean(), 1e-9);
    assertEquals(1, kpi(v, "podsEvicted"));
  }

  @Test
  void endpointUpdates_doNotReachANodeTheControlPlaneCannotReach() {
    // Pod web-0 crash-loops from 40 s. Clients on node-2 only. With node-2 cut off from the
    // control plane (and only from it), its kube-proxy never hears that web-0 left the
    // endpoints, so its clients keep being refused by web-0 long after the others stopped. (The
    // informed clients are refused only in the moments after each crash of a restart that had
    // passed its immediate readiness probe, before the removal reaches their kube-proxy.)
    Models informed = new Models();
    informed.clientNodes = List.of("node-2");
    informed.faults.add(new FaultConfig.PodCrash("crash-loop", 40, 200,
        new PodSelector("web", List.of(0), Optional.empty())));
    Models stale = new Models();
    stale.clientNodes = List.of("node-2");
    stale.faults.addAll(informed.faults);
    stale.faults.add(new FaultConfig.Partition("cp", 30, Double.POSITIVE_INFINITY,
        HostSelector.theControlPlane(), HostSelector.ofNodes("node-2"),
        FaultConfig.Direction.BOTH));
    double late = refusedAfter(run(informed, 150, 1), 80);
    double stuck = refusedAfter(run(stale, 150, 1), 80);
    assertTrue(late < 0.005, "refused share with an up-to-date view " + late);
    assertTrue(stuck > 0.05, "refused share with a stale view " + stuck);
  }

  private static double refusedAfter(ExperimentResult.VariantResult v, double from) {
    double requests = 0;
    double refused = 0;
    for (var b : v.timeSeries()) {
      if (b.startSeconds() >= from) {
        requests += b.requests();
        refused += b.failures().get("refused") + b.failures().get("reset");
      }
    }
    return refused / requests;
  }

  @Test
  void slowPod_raisesTailLatency() {
    Models m = new Models();
    m.faults.add(new FaultConfig.SlowPod("slow", 30, 60,
        new PodSelector("web", List.of(1), Optional.empty()), 10, new Distribution.Constant(0)));
    Models calm = new Models();
    assertTrue(kpi(run(m, 120, 1), "latencyP99Seconds") > 2 * kpi(run(calm, 120, 1), "latencyP99Seconds"));
  }
}
