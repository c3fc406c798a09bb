package io.kubesim.mesh;

import io.kubesim.config.Checks;
import java.util.Optional;

/**
 * An Istio sidecar (Envoy) on every client node balancing requests to the service: the
 * DestinationRule's load balancer and outlier detection, Istio's default retries and connect
 * timeout, and endpoints from istiod.
 *
 * @param lbPolicy how the sidecar picks an endpoint (Istio's default {@code LEAST_REQUEST})
 * @param choiceCount {@code LEAST_REQUEST}: endpoints sampled per pick (Envoy 2)
 * @param connectTimeoutSeconds the sidecar's connect timeout (Istio mesh {@code connectTimeout}
 *     10 s)
 * @param retries the route's retries (Istio's default policy)
 * @param outlierDetection outlier detection, when the DestinationRule sets one
 * @param controlPlane istiod's endpoint push
 */
public record EnvoyConfig(
    LbPolicy lbPolicy,
    int choiceCount,
    double connectTimeoutSeconds,
    MeshRetryPolicy retries,
    Optional<OutlierDetectionConfig> outlierDetection,
    ControlPlanePush controlPlane) implements MeshConfig {

  /** Envoy's cluster {@code lb_policy} values the sidecar supports. */
  public enum LbPolicy {
    /** Hosts in turn (Envoy's default). */
    ROUND_ROBIN,
    /** The least busy of {@code choiceCount} random hosts (Istio's default). */
    LEAST_REQUEST,
    /** A uniformly random host. */
    RANDOM
  }

  public EnvoyConfig {
    if (lbPolicy == null || retries == null || outlierDetection == null || controlPlane == null) {
      throw new IllegalArgumentException("envoy: lbPolicy, retries, outlierDetection (Optional) "
          + "and controlPlane are required");
    }
    Checks.inRange("mesh.choiceCount", choiceCount, 2, 100);
    Checks.positive("mesh.connectTimeout", connectTimeoutSeconds);
  }

  /** An Istio sidecar with Istio's defaults and outlier detection {@code od} (or none). */
  public static EnvoyConfig istio(Optional<OutlierDetectionConfig> od) {
    return new EnvoyConfig(LbPolicy.LEAST_REQUEST, 2, 10, MeshRetryPolicy.istioDefaults(), od,
        ControlPlanePush.istioDefaults());
  }

  @Override
  public String kind() {
    return "envoy";
  }
}
