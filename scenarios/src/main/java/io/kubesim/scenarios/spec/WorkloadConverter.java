package io.kubesim.scenarios.spec;

import io.kubesim.cluster.DeploymentConfig;
import io.kubesim.cluster.Placement;
import io.kubesim.cluster.PodTemplate;
import io.kubesim.cluster.ServerConfig;
import io.kubesim.cluster.SigtermBehaviour;
import io.kubesim.cluster.WarmCacheConfig;
import io.kubesim.dist.Distribution;
import io.kubesim.mesh.MeshConfig;
import io.kubesim.probe.ProbeCheck;
import io.kubesim.probe.ProbeConfig;
import io.kubesim.proxy.ServiceConfig;
import io.kubesim.scenarios.schema.FieldType;
import io.kubesim.scenarios.schema.WorkloadTypes;
import io.kubesim.scenarios.yaml.Node;
import io.kubesim.scenarios.yaml.ScalarNode;
import io.kubesim.scenarios.yaml.ScenarioException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Converts deployments (pod template, server, probes, warm cache) and services. */
final class WorkloadConverter {
  private WorkloadConverter() {}

  static DeploymentConfig deployment(ObjectReader r, References refs) {
    String name = r.text("name");
    int replicas = r.integer32("replicas");
    Map<String, String> labels = r.has("labels") ? r.textMap("labels") : Map.of("app", name);
    Placement placement = placement(r, refs);
    ObjectReader rolling = r.object("strategy").object("rollingUpdate");
    int maxSurge = rolling.intOrPercent("maxSurge", replicas, true);
    int resolvedUnavailable = rolling.intOrPercent("maxUnavailable", replicas, false);
    if (maxSurge == 0 && resolvedUnavailable == 0 && writtenZero(rolling, "maxSurge")
        && writtenZero(rolling, "maxUnavailable")) {
      throw new ScenarioException(rolling.node().location(), rolling.path(),
          "maxSurge and maxUnavailable cannot both be 0 (a rolling update could never proceed)");
    }
    // Kubernetes' ResolveFenceposts: when both resolve to 0 only by rounding (e.g. 25 % of 0
    // or 1 replica), maxUnavailable becomes 1.
    int maxUnavailable = maxSurge == 0 && resolvedUnavailable == 0 ? 1 : resolvedUnavailable;
    PodTemplate template = template(r.object("template"));
    return Conversion.build(r.node(), r.path(), () -> new DeploymentConfig(
        name, replicas, labels, placement, template, maxSurge, maxUnavailable));
  }

  /** Whether {@code field} is written as 0 or 0 % (so 0 whatever the replicas). */
  private static boolean writtenZero(ObjectReader r, String field) {
    return r.has(field) && r.intOrPercent(field, WorkloadTypes.MAX_REPLICAS, true) == 0;
  }

  private static Placement placement(ObjectReader r, References refs) {
    Node node = r.value("placement");
    if (node instanceof ScalarNode s) {
      String word = Values.choice(s, new FieldType.Choice(List.of("spread", "pack")),
          r.child("placement"));
      return new Placement(word.equals("pack") ? Placement.Strategy.PACK : Placement.Strategy.SPREAD,
          List.of());
    }
    ObjectReader explicit = r.object("placement");
    List<String> nodes = explicit.texts("nodes");
    refs.requireNodes(explicit, "nodes", nodes);
    return Conversion.build(explicit.node(), explicit.path(),
        () -> new Placement(Placement.Strategy.EXPLICIT, nodes));
  }

  private static PodTemplate template(ObjectReader r) {
    ServerConfig server = server(r.object("server"));
    Distribution startup = r.distribution("startupTime");
    Optional<ProbeConfig> readiness = r.optionalObject("readinessProbe").map(WorkloadConverter::probe);
    Optional<ProbeConfig> liveness = r.optionalObject("livenessProbe").map(WorkloadConverter::probe);
    Optional<ProbeConfig> startupProbe = r.optionalObject("startupProbe").map(WorkloadConverter::probe);
    double grace = r.number("terminationGracePeriodSeconds");
    double preStop = r.number("preStopSleepSeconds");
    SigtermBehaviour sigterm = SigtermBehaviour.of(r.choice("sigterm"));
    Optional<WarmCacheConfig> cache = r.optionalObject("warmCache").map(c -> {
      double slowdown = c.number("coldSlowdown");
      double warmup = c.seconds("warmup");
      return Conversion.build(c.node(), c.path(), () -> new WarmCacheConfig(slowdown, warmup));
    });
    return Conversion.build(r.node(), r.path(), () -> new PodTemplate(
        server, startup, readiness, liveness, startupProbe, grace, preStop, sigterm, cache));
  }

  private static ServerConfig server(ObjectReader r) {
    int concurrency = r.integer32("concurrency");
    Distribution service = r.distribution("serviceTime");
    int queue = r.integer32("queueCapacity");
    Distribution probe = r.distribution("probeServiceTime");
    ServerConfig.ProbeHandling handling = r.choice("probeHandling").equals("dedicated")
        ? ServerConfig.ProbeHandling.DEDICATED : ServerConfig.ProbeHandling.SHARED;
    return Conversion.build(r.node(), r.path(),
        () -> new ServerConfig(concurrency, service, queue, probe, handling));
  }

  private static final List<String> BACKOFF_ONLY =
      List.of("backoffInitial", "backoffMax", "backoffReset");
  private static final List<String> THROUGHPUT_ONLY = List.of(
      "minRequests", "readmission", "readmitAfter", "backoffInitial", "backoffMax", "backoffReset");

  static ProbeConfig probe(ObjectReader r) {
    ProbeCheck check = check(r);
    double delay = r.number("initialDelaySeconds");
    double period = r.number("periodSeconds");
    double timeout = r.number("timeoutSeconds");
    int success = r.integer32("successThreshold");
    int failure = r.integer32("failureThreshold");
    return Conversion.build(r.node(), r.path(),
        () -> new ProbeConfig(check, delay, period, timeout, success, failure));
  }

  private static ProbeCheck check(ObjectReader r) {
    String policy = r.choice("policy");
    if (policy.equals("http")) {
      for (String f : THROUGHPUT_ONLY) {
        if (r.has(f)) {
          throw new ScenarioException(r.node().keyLocation(f), r.child(f),
              f + " applies only to policy: throughput (this probe's policy is http)");
        }
      }
      return new ProbeCheck.Http();
    }
    int min = r.integer32("minRequests");
    String readmission = r.choice("readmission");
    if (r.has("readmitAfter") && !readmission.equals("after")) {
      throw new ScenarioException(r.node().keyLocation("readmitAfter"), r.child("readmitAfter"),
          "readmitAfter applies only to readmission: after");
    }
    for (String f : BACKOFF_ONLY) {
      if (r.has(f) && !readmission.equals("backoff")) {
        throw new ScenarioException(r.node().keyLocation(f), r.child(f),
            f + " applies only to readmission: backoff");
      }
    }
    double after = r.seconds("readmitAfter");
    double initial = r.seconds("backoffInitial");
    double max = r.seconds("backoffMax");
    double reset = r.seconds("backoffReset");
    ProbeCheck.Backoff backoff = Conversion.build(r.node(), r.path(),
        () -> new ProbeCheck.Backoff(initial, max, reset));
    ProbeCheck.Readmission rule = switch (readmission) {
      case "after" -> ProbeCheck.Readmission.AFTER;
      case "whileInEndpoints" -> ProbeCheck.Readmission.WHILE_IN_ENDPOINTS;
      case "backoff" -> ProbeCheck.Readmission.BACKOFF;
      default -> ProbeCheck.Readmission.NONE;
    };
    return Conversion.build(r.node(), r.path(),
        () -> new ProbeCheck.Throughput(min, rule, after, backoff));
  }

  static ServiceConfig service(ObjectReader r) {
    String name = r.text("name");
    Map<String, String> selector = r.textMap("selector");
    boolean headless = r.has("clusterIP") && r.choice("clusterIP").equals("None");
    ServiceConfig.DnsChoice dns = switch (r.choice("dnsChoice")) {
      case "random" -> ServiceConfig.DnsChoice.RANDOM;
      case "roundRobin" -> ServiceConfig.DnsChoice.ROUND_ROBIN;
      default -> ServiceConfig.DnsChoice.FIRST;
    };
    double ttl = r.seconds("dnsTtl");
    ServiceConfig.SessionAffinity affinity = r.choice("sessionAffinity").equals("ClientIP")
        ? ServiceConfig.SessionAffinity.CLIENT_IP : ServiceConfig.SessionAffinity.NONE;
    double affinityTimeout =
        r.object("sessionAffinityConfig").object("clientIP").number("timeoutSeconds");
    ServiceConfig.ExternalTrafficPolicy policy = r.choice("externalTrafficPolicy").equals("Local")
        ? ServiceConfig.ExternalTrafficPolicy.LOCAL : ServiceConfig.ExternalTrafficPolicy.CLUSTER;
    for (String f : List.of("trafficDistribution", "internalTrafficPolicy")) {
      if (headless && r.has(f)) {
        throw new ScenarioException(r.node().keyLocation(f), r.child(f),
            f + " applies only to a cluster IP service (a headless service has no kube-proxy)");
      }
    }
    ServiceConfig.TrafficDistribution distribution = !r.has("trafficDistribution")
        ? ServiceConfig.TrafficDistribution.NONE
        : switch (r.choice("trafficDistribution")) {
          case "PreferSameNode" -> ServiceConfig.TrafficDistribution.PREFER_SAME_NODE;
          case "PreferSameZone" -> ServiceConfig.TrafficDistribution.PREFER_SAME_ZONE;
          default -> ServiceConfig.TrafficDistribution.PREFER_CLOSE;
        };
    ServiceConfig.InternalTrafficPolicy internal =
        r.choice("internalTrafficPolicy").equals("Local")
            ? ServiceConfig.InternalTrafficPolicy.LOCAL
            : ServiceConfig.InternalTrafficPolicy.CLUSTER;
    Optional<MeshConfig> mesh = r.optionalObject("mesh").map(MeshConverter::mesh);
    return Conversion.build(r.node(), r.path(), () -> new ServiceConfig(name, selector, headless,
        dns, ttl, affinity, affinityTimeout, policy, distribution, internal, mesh));
  }

}
