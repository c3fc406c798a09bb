package io.kubesim.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesim.cluster.WarmCacheConfig;
import io.kubesim.config.ModelConfig;
import io.kubesim.dist.Distribution;
import io.kubesim.fault.FaultConfig;
import io.kubesim.fault.HostSelector;
import io.kubesim.fault.PodSelector;
import io.kubesim.probe.PeerReachabilityConfig;
import io.kubesim.probe.ProbeCheck;
import io.kubesim.probe.ProbeConfig;
import io.kubesim.proxy.KubeProxyConfig;
import io.kubesim.proxy.ProxyMode;
import io.kubesim.proxy.ServiceConfig;
import io.kubesim.traffic.Arrivals;
import io.kubesim.traffic.ConnectionConfig;
import io.kubesim.traffic.RateProfile;
import io.kubesim.traffic.RetryConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Seeded random combinations of every mechanism and fault, each run briefly: the model must not
 * throw, and its KPIs must stay within their ranges.
 */
class RandomModelsTest {

  private static Models randomModel(SplittableRandom rnd) {
    Models m = new Models();
    m.nodes = 2 + rnd.nextInt(6);
    m.replicas = 1 + rnd.nextInt(8);
    m.concurrency = 1 + rnd.nextInt(4);
    m.queueCapacity = rnd.nextInt(20);
    m.rate = 20 + rnd.nextInt(400);
    ProxyMode[] modes = ProxyMode.values();
    m.kubeProxy = new KubeProxyConfig(modes[rnd.nextInt(modes.length)], rnd.nextInt(3));
    ProbeCheck.Readmission[] readmissions = ProbeCheck.Readmission.values();
    m.readiness = switch (rnd.nextInt(3)) {
      case 0 -> null;
      case 1 -> new ProbeCheck.Http();
      default -> new ProbeCheck.Throughput(rnd.nextInt(50),
          readmissions[rnd.nextInt(readmissions.length)], 20);
    };
    if (rnd.nextBoolean()) {
      m.liveness = Optional.of(ProbeConfig.defaults(rnd.nextBoolean()
          ? new ProbeCheck.Http()
          : new ProbeCheck.Throughput(rnd.nextInt(20), ProbeCheck.Readmission.NONE, 0)));
    }
    if (rnd.nextBoolean()) {
      m.warmCache = Optional.of(new WarmCacheConfig(1 + rnd.nextInt(5), 30));
    }
    if (rnd.nextBoolean()) {
      m.arrivals = new Arrivals.ClosedLoop(1 + rnd.nextInt(30), new Distribution.Exponential(0.2));
    } else if (rnd.nextBoolean()) {
      m.arrivals = new Arrivals.Poisson(new RateProfile.Diurnal(m.rate, m.rate / 2, 60));
    }
    m.retries = new RetryConfig(rnd.nextInt(3), 0.05, 2, rnd.nextBoolean());
    m.connections = rnd.nextBoolean() ? ConnectionConfig.perRequest()
        : new ConnectionConfig(true, 1 + rnd.nextInt(8), 30);
    m.connectTimeout = 0.5 + rnd.nextInt(3);
    m.requestTimeout = 0.5 + rnd.nextInt(3);
    m.lossProbability = rnd.nextInt(4) == 0 ? 0.01 : 0;
    int kind = rnd.nextInt(4);
    ServiceConfig.DnsChoice[] choices = ServiceConfig.DnsChoice.values();
    if (kind == 1) {
      m.external = true;
      m.service = new ServiceConfig("web", Map.of("app", "web"), false, choices[0], 5,
          ServiceConfig.SessionAffinity.NONE, 10800, rnd.nextBoolean()
              ? ServiceConfig.ExternalTrafficPolicy.LOCAL : ServiceConfig.ExternalTrafficPolicy.CLUSTER);
    } else if (kind == 2) {
      m.service = new ServiceConfig("web", Map.of("app", "web"), true,
          choices[rnd.nextInt(choices.length)], 5, ServiceConfig.SessionAffinity.NONE, 10800,
          ServiceConfig.ExternalTrafficPolicy.CLUSTER);
    } else if (kind == 3) {
      m.service = new ServiceConfig("web", Map.of("app", "web"), false, choices[0], 5,
          ServiceConfig.SessionAffinity.CLIENT_IP, 30, ServiceConfig.ExternalTrafficPolicy.CLUSTER);
    }
    String node = "node-" + (1 + rnd.nextInt(m.nodes));
    for (int f = 0; f < 1 + rnd.nextInt(3); f++) {
      double at = 10 + rnd.nextInt(60);
      double duration = rnd.nextInt(5) == 0 ? Double.POSITIVE_INFINITY : 5 + rnd.nextInt(60);
      String name = "f" + f;
      PodSelector pods = new PodSelector("web", List.of(rnd.nextInt(m.replicas)), Optional.empty());
      m.faults.add(switch (rnd.nextInt(9)) {
        case 0 -> new FaultConfig.Partition(name, at, duration, HostSelector.ofNodes(node),
            HostSelector.everyNode(), FaultConfig.Direction.values()[rnd.nextInt(3)]);
        case 1 -> new FaultConfig.Partition(name, at, duration, HostSelector.ofNodes(node),
            new HostSelector(List.of(), List.of(), true, true, true), FaultConfig.Direction.BOTH);
        case 2 -> new FaultConfig.Partition(name, at, duration, HostSelector.theControlPlane(),
            HostSelector.ofNodes(node), FaultConfig.Direction.BOTH);
        case 3 -> new FaultConfig.NodeCrash(name, at, duration, HostSelector.ofNodes(node));
        case 4 -> new FaultConfig.PodCrash(name, at, rnd.nextBoolean() ? 0 : 30, pods);
        case 5 -> new FaultConfig.SlowPod(name, at, duration, pods, 5,
            new Distribution.Exponential(0.05));
        case 6 -> new FaultConfig.PacketLoss(name, at, duration, HostSelector.ofNodes(node), 0.2);
        case 7 -> new FaultConfig.RollingUpdate(name, at, "web");
        default -> new FaultConfig.Scale(name, at, "web", rnd.nextInt(2 * m.replicas + 1));
      });
    }
    if (rnd.nextInt(3) == 0) {
      PeerReachabilityConfig.Action[] actions = PeerReachabilityConfig.Action.values();
      m.peerReachability = Optional.of(
          PeerReachabilityConfig.defaults(actions[rnd.nextInt(actions.length)]));
    }
    if (!m.service.headless() && rnd.nextInt(3) == 0) {
      ServiceConfig s = m.service;
      ServiceConfig.TrafficDistribution[] td = ServiceConfig.TrafficDistribution.values();
      ServiceConfig.InternalTrafficPolicy[] itp = ServiceConfig.InternalTrafficPolicy.values();
      m.service = new ServiceConfig(s.name(), s.selector(), false, s.dnsChoice(),
          s.dnsTtlSeconds(), s.sessionAffinity(), s.sessionAffinityTimeoutSeconds(),
          s.externalTrafficPolicy(), td[rnd.nextInt(td.length)], itp[rnd.nextInt(itp.length)]);
    }
    return m;
  }

  @Test
  void randomModels_runWithoutErrors_andKeepKpisInRange() {
    SplittableRandom rnd = new SplittableRandom(2026);
    for (int i = 0; i < 60; i++) {
      ModelConfig model = randomModel(rnd).build();
      ExperimentResult r;
      try {
        r = ExperimentRunner.run(Models.experiment(150, 5, 2, i,
            Models.variant("v", model)), 2, ProgressListener.none());
      } catch (RuntimeException e) {
        throw new AssertionError("model " + i + " failed: " + model, e);
      }
      var k = r.variants().get(0).kpis();
      double s = k.get("successRate").mean();
      assertTrue(Double.isNaN(s) || (s >= 0 && s <= 1), "model " + i + " success " + s);
      double attempts = k.get("attemptsPerRequest").mean();
      assertTrue(Double.isNaN(attempts) || attempts >= 1, "model " + i + " attempts " + attempts);
    }
  }
}
