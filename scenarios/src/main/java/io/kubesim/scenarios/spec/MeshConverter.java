package io.kubesim.scenarios.spec;

import io.kubesim.dist.Distribution;
import io.kubesim.mesh.ControlPlanePush;
import io.kubesim.mesh.EnvoyConfig;
import io.kubesim.mesh.GrpcConfig;
import io.kubesim.mesh.LinkerdConfig;
import io.kubesim.mesh.MeshConfig;
import io.kubesim.mesh.MeshRetryPolicy;
import io.kubesim.mesh.OutlierDetectionConfig;
import io.kubesim.scenarios.yaml.ScenarioException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Converts a service's {@code mesh}: the proxy kind, its balancer, retries and control plane. */
final class MeshConverter {
  private static final Map<String, MeshRetryPolicy.RetryOn> RETRY_ON = Map.of(
      "connect-failure", MeshRetryPolicy.RetryOn.CONNECT_FAILURE,
      "refused-stream", MeshRetryPolicy.RetryOn.REFUSED_STREAM,
      "unavailable", MeshRetryPolicy.RetryOn.UNAVAILABLE,
      "cancelled", MeshRetryPolicy.RetryOn.CANCELLED,
      "retriable-status-codes", MeshRetryPolicy.RetryOn.RETRIABLE_STATUS_CODES,
      "reset", MeshRetryPolicy.RetryOn.RESET,
      "5xx", MeshRetryPolicy.RetryOn.FIVE_XX,
      "gateway-error", MeshRetryPolicy.RetryOn.GATEWAY_ERROR);

  private MeshConverter() {}

  /** Fields of {@code mesh} each kind does not have. */
  private static final Map<String, List<String>> NOT_FOR = Map.of(
      "envoy", List.of("ewmaDecay", "defaultRtt", "failureAccrual", "reconnectBackoff"),
      "linkerd", List.of("lbPolicy", "choiceCount", "outlierDetection", "reconnectBackoff"),
      "grpc", List.of("choiceCount", "ewmaDecay", "defaultRtt", "failureAccrual"));

  /** Outlier-detection fields gRPC's A50 does not have. */
  private static final List<String> NOT_A50 = List.of("consecutive5xxErrors",
      "consecutiveGatewayErrors", "splitExternalLocalOriginErrors",
      "consecutiveLocalOriginFailures", "maxEjectionTimeJitter", "alwaysEjectOneHost",
      "minHealthPercent");

  static MeshConfig mesh(ObjectReader r) {
    String kind = r.choice("kind");
    refuse(r, NOT_FOR.get(kind), "kind: " + kind);
    double connectTimeout = r.has("connectTimeout") ? r.seconds("connectTimeout")
        : switch (kind) {
          case "linkerd" -> 1;
          case "grpc" -> 20;
          default -> 10;
        };
    MeshRetryPolicy retries = r.optionalObject("retries").map(MeshConverter::retries)
        .orElse(kind.equals("envoy") ? MeshRetryPolicy.istioDefaults() : MeshRetryPolicy.none());
    ControlPlanePush push = controlPlane(r.object("controlPlane"), !kind.equals("linkerd"));
    return switch (kind) {
      case "linkerd" -> linkerd(r, connectTimeout, retries, push);
      case "grpc" -> grpc(r, connectTimeout, retries, push);
      default -> envoy(r, connectTimeout, retries, push);
    };
  }

  private static void refuse(ObjectReader r, List<String> fields, String what) {
    for (String f : fields) {
      if (r.has(f)) {
        throw new ScenarioException(r.node().keyLocation(f), r.child(f),
            f + " does not apply to " + what);
      }
    }
  }

  private static String lbPolicy(ObjectReader r, List<String> allowed, String kind) {
    if (!r.has("lbPolicy")) {
      return allowed.get(0);
    }
    String lb = r.choice("lbPolicy");
    if (!allowed.contains(lb)) {
      throw new ScenarioException(r.node().keyLocation("lbPolicy"), r.child("lbPolicy"),
          "lbPolicy " + lb + " is not a policy of kind: " + kind + "; expected one of " + allowed);
    }
    return lb;
  }

  private static EnvoyConfig envoy(ObjectReader r, double connectTimeout, MeshRetryPolicy retries,
      ControlPlanePush push) {
    EnvoyConfig.LbPolicy lb = EnvoyConfig.LbPolicy.valueOf(
        lbPolicy(r, List.of("LEAST_REQUEST", "ROUND_ROBIN", "RANDOM"), "envoy"));
    int choices = r.integer32("choiceCount");
    Optional<OutlierDetectionConfig> od =
        r.optionalObject("outlierDetection").map(MeshConverter::outlierDetection);
    return Conversion.build(r.node(), r.path(),
        () -> new EnvoyConfig(lb, choices, connectTimeout, retries, od, push));
  }

  private static LinkerdConfig linkerd(ObjectReader r, double connectTimeout,
      MeshRetryPolicy retries, ControlPlanePush push) {
    double decay = r.seconds("ewmaDecay");
    double rtt = r.seconds("defaultRtt");
    Optional<LinkerdConfig.FailureAccrualConfig> accrual =
        r.optionalObject("failureAccrual").map(a -> {
          int max = a.integer32("maxFailures");
          double min = a.seconds("minPenalty");
          double maxPenalty = a.seconds("maxPenalty");
          double jitter = a.number("jitterRatio");
          return Conversion.build(a.node(), a.path(),
              () -> new LinkerdConfig.FailureAccrualConfig(max, min, maxPenalty, jitter));
        });
    return Conversion.build(r.node(), r.path(),
        () -> new LinkerdConfig(decay, rtt, connectTimeout, retries, accrual, push));
  }

  private static GrpcConfig grpc(ObjectReader r, double connectTimeout, MeshRetryPolicy retries,
      ControlPlanePush push) {
    GrpcConfig.LbPolicy lb = lbPolicy(r, List.of("pick_first", "round_robin"), "grpc")
        .equals("round_robin") ? GrpcConfig.LbPolicy.ROUND_ROBIN : GrpcConfig.LbPolicy.PICK_FIRST;
    ObjectReader b = r.object("reconnectBackoff");
    double initial = b.seconds("initialBackoff");
    double multiplier = b.number("multiplier");
    double jitter = b.number("jitter");
    double max = b.seconds("maxBackoff");
    Optional<OutlierDetectionConfig> od = r.optionalObject("outlierDetection").map(o -> {
      refuse(o, NOT_A50, "kind: grpc (gRFC A50)");
      return outlierDetection(o, true);
    });
    return Conversion.build(r.node(), r.path(), () -> new GrpcConfig(lb, connectTimeout, initial,
        multiplier, jitter, max, retries, od, push));
  }

  private static MeshRetryPolicy retries(ObjectReader r) {
    int attempts = r.integer32("attempts");
    EnumSet<MeshRetryPolicy.RetryOn> on = EnumSet.noneOf(MeshRetryPolicy.RetryOn.class);
    List<String> unknown = new ArrayList<>();
    for (String word : r.text("retryOn").split(",")) {
      String w = word.trim();
      if (w.isEmpty()) {
        continue;
      }
      MeshRetryPolicy.RetryOn c = RETRY_ON.get(w);
      if (c == null) {
        unknown.add(w);
      } else {
        on.add(c);
      }
    }
    if (!unknown.isEmpty()) {
      throw new ScenarioException(r.node().keyLocation("retryOn"), r.child("retryOn"),
          "unknown retryOn condition(s) " + unknown + "; expected some of "
              + RETRY_ON.keySet().stream().sorted().toList());
    }
    double base = r.seconds("baseInterval");
    return Conversion.build(r.node(), r.path(),
        () -> new MeshRetryPolicy(attempts, on, base, attempts > 0, 5));
  }

  private static ControlPlanePush controlPlane(ObjectReader r, boolean istiod) {
    double after = r.has("debounceAfter") ? r.seconds("debounceAfter") : istiod ? 0.1 : 0;
    double max = r.has("debounceMax") ? r.seconds("debounceMax") : istiod ? 10 : 0;
    Distribution delay = r.distribution("pushDelay");
    return Conversion.build(r.node(), r.path(), () -> new ControlPlanePush(after, max, delay));
  }

  private static OutlierDetectionConfig outlierDetection(ObjectReader r) {
    return outlierDetection(r, false);
  }

  /**
   * {@code a50}: gRPC's outlier detection — the statistical detectors enforced at 100 % unless
   * written, and no consecutive detectors.
   */
  private static OutlierDetectionConfig outlierDetection(ObjectReader r, boolean a50) {
    int enforcingDefault = a50 ? 100 : 0;
    int c5xx = a50 ? 0 : r.integer32("consecutive5xxErrors");
    boolean gatewaySet = r.has("consecutiveGatewayErrors");
    int gateway = a50 ? 0 : gatewaySet ? r.integer32("consecutiveGatewayErrors") : 5;
    boolean split = r.bool("splitExternalLocalOriginErrors");
    int local = a50 ? 0 : r.integer32("consecutiveLocalOriginFailures");
    double interval = r.seconds("interval");
    double base = r.seconds("baseEjectionTime");
    double max = r.seconds("maxEjectionTime");
    double jitter = r.seconds("maxEjectionTimeJitter");
    int maxPercent = r.integer32("maxEjectionPercent");
    boolean always = r.bool("alwaysEjectOneHost");
    int minHealth = r.integer32("minHealthPercent");
    ObjectReader sr = r.object("successRate");
    int srHosts = sr.integer32("minimumHosts");
    int srVolume = sr.integer32("requestVolume");
    double srFactor = sr.number("stdevFactor");
    int srEnforcing = sr.has("enforcing") ? sr.integer32("enforcing") : enforcingDefault;
    ObjectReader fp = r.object("failurePercentage");
    int fpThreshold = fp.integer32("threshold");
    int fpHosts = fp.integer32("minimumHosts");
    int fpVolume = fp.integer32("requestVolume");
    int fpEnforcing = fp.has("enforcing") ? fp.integer32("enforcing") : enforcingDefault;
    // Istio: a consecutive detector set to 0 is off (enforcement 0), otherwise enforced at 100 %;
    // the gateway detector left unset keeps Envoy's 5 with enforcement 0.
    return Conversion.build(r.node(), r.path(), () -> new OutlierDetectionConfig(
        c5xx, c5xx > 0 ? 100 : 0, gateway, gatewaySet && gateway > 0 ? 100 : 0, split, local,
        a50 ? 0 : 100, interval, base, max, jitter, maxPercent, always, srHosts, srVolume, srFactor,
        srEnforcing, a50 ? 0 : srEnforcing, fpThreshold, fpHosts, fpVolume, fpEnforcing,
        a50 ? 0 : fpEnforcing,
        minHealth));
  }
}
