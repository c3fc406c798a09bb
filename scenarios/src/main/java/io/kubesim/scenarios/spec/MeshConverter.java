package io.kubesim.scenarios.spec;

import io.kubesim.dist.Distribution;
import io.kubesim.mesh.ControlPlanePush;
import io.kubesim.mesh.EnvoyConfig;
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

  static MeshConfig mesh(ObjectReader r) {
    String kind = r.choice("kind");
    double connectTimeout = r.seconds("connectTimeout");
    MeshRetryPolicy retries = retries(r.object("retries"));
    ControlPlanePush push = controlPlane(r.object("controlPlane"));
    EnvoyConfig.LbPolicy lb = EnvoyConfig.LbPolicy.valueOf(r.choice("lbPolicy"));
    int choices = r.integer32("choiceCount");
    Optional<OutlierDetectionConfig> od =
        r.optionalObject("outlierDetection").map(MeshConverter::outlierDetection);
    return switch (kind) {
      default -> Conversion.build(r.node(), r.path(),
          () -> new EnvoyConfig(lb, choices, connectTimeout, retries, od, push));
    };
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

  private static ControlPlanePush controlPlane(ObjectReader r) {
    double after = r.seconds("debounceAfter");
    double max = r.seconds("debounceMax");
    Distribution delay = r.distribution("pushDelay");
    return Conversion.build(r.node(), r.path(), () -> new ControlPlanePush(after, max, delay));
  }

  private static OutlierDetectionConfig outlierDetection(ObjectReader r) {
    int c5xx = r.integer32("consecutive5xxErrors");
    boolean gatewaySet = r.has("consecutiveGatewayErrors");
    int gateway = gatewaySet ? r.integer32("consecutiveGatewayErrors") : 5;
    boolean split = r.bool("splitExternalLocalOriginErrors");
    int local = r.integer32("consecutiveLocalOriginFailures");
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
    int srEnforcing = sr.integer32("enforcing");
    ObjectReader fp = r.object("failurePercentage");
    int fpThreshold = fp.integer32("threshold");
    int fpHosts = fp.integer32("minimumHosts");
    int fpVolume = fp.integer32("requestVolume");
    int fpEnforcing = fp.integer32("enforcing");
    // Istio: a consecutive detector set to 0 is off (enforcement 0), otherwise enforced at 100 %;
    // the gateway detector left unset keeps Envoy's 5 with enforcement 0.
    return Conversion.build(r.node(), r.path(), () -> new OutlierDetectionConfig(
        c5xx, c5xx > 0 ? 100 : 0, gateway, gatewaySet && gateway > 0 ? 100 : 0, split, local,
        100, interval, base, max, jitter, maxPercent, always, srHosts, srVolume, srFactor,
        srEnforcing, srEnforcing, fpThreshold, fpHosts, fpVolume, fpEnforcing, fpEnforcing,
        minHealth));
  }
}
