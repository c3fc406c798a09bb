package io.kubesim.mesh;

import io.kubesim.config.Checks;
import java.util.Optional;

/**
 * A gRPC client channel on every client node (proxyless: the client library balances): the
 * {@code pick_first} or {@code round_robin} policy, subchannel reconnect back-off
 * ({@code doc/connection-backoff.md}), and optional outlier detection after gRFC A50.
 *
 * @param lbPolicy {@code pick_first} (gRPC's default) or {@code round_robin}
 * @param connectTimeoutSeconds a subchannel's connect timeout (gRPC's minimum, 20 s)
 * @param initialBackoffSeconds first reconnect back-off after a connection failure (1 s)
 * @param backoffMultiplier back-off growth per further failure (1.6)
 * @param backoffJitter relative jitter of a back-off, uniform ± this (0.2)
 * @param maxBackoffSeconds longest back-off (120 s)
 * @param retries the channel's retries (none unless the service config has a retry policy)
 * @param outlierDetection A50 outlier detection, when configured (its consecutive-error fields
 *     are unused: A50 has only the success-rate and failure-percentage detectors)
 * @param controlPlane the xDS (or resolver) endpoint updates
 */
public record GrpcConfig(
    LbPolicy lbPolicy,
    double connectTimeoutSeconds,
    double initialBackoffSeconds,
    double backoffMultiplier,
    double backoffJitter,
    double maxBackoffSeconds,
    MeshRetryPolicy retries,
    Optional<OutlierDetectionConfig> outlierDetection,
    ControlPlanePush controlPlane) implements MeshConfig {

  /** gRPC load-balancing policies. */
  public enum LbPolicy {
    /** The first address that connects, kept until its connection fails. */
    PICK_FIRST,
    /** The ready addresses in turn. */
    ROUND_ROBIN
  }

  public GrpcConfig {
    if (lbPolicy == null || retries == null || outlierDetection == null
        || controlPlane == null) {
      throw new IllegalArgumentException("grpc: lbPolicy, retries, outlierDetection (Optional) "
          + "and controlPlane are required");
    }
    Checks.positive("mesh.connectTimeout", connectTimeoutSeconds);
    Checks.positive("mesh.reconnect.initialBackoff", initialBackoffSeconds);
    Checks.inRange("mesh.reconnect.multiplier", backoffMultiplier, 1, 100);
    Checks.inRange("mesh.reconnect.jitter", backoffJitter, 0, 1);
    Checks.positive("mesh.reconnect.maxBackoff", maxBackoffSeconds);
  }

  /** gRPC's defaults with {@code lb} and outlier detection {@code od} (or none). */
  public static GrpcConfig defaults(LbPolicy lb, Optional<OutlierDetectionConfig> od) {
    return new GrpcConfig(lb, 20, 1, 1.6, 0.2, 120, MeshRetryPolicy.none(), od,
        ControlPlanePush.istioDefaults());
  }

  /**
   * gRFC A50's defaults: interval 10 s, base 30 s, max 300 s, at most 10 % ejected; success rate
   * (stdev factor 1.9, enforcement 100 %, 5 hosts, 100 requests) and failure percentage (85 %,
   * enforcement 100 %, 5 hosts, 50 requests).
   */
  public static OutlierDetectionConfig a50Defaults() {
    return new OutlierDetectionConfig(0, 0, 0, 0, false, 0, 0, 10, 30, 300, 0, 10, false, 5, 100,
        1.9, 100, 0, 85, 5, 50, 100, 0, 0);
  }

  /** The reconnect back-off after {@code failures} consecutive failures (≥ 1), uniform u. */
  public double backoffSeconds(int failures, double u) {
    double base = Math.min(initialBackoffSeconds * Math.pow(backoffMultiplier, failures - 1),
        maxBackoffSeconds);
    return base * (1 + backoffJitter * (2 * u - 1));
  }

  @Override
  public String kind() {
    return "grpc";
  }

  /** A proxyless channel ({@code xds:///} target) learns endpoints from xDS, not DNS. */
  @Override
  public boolean resolvesThroughClusterDns() {
    return false;
  }
}
