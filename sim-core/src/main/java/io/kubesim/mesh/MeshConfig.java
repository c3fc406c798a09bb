package io.kubesim.mesh;

/**
 * A service's request-level load-balancing policy: which client proxy balances requests to it
 * and how. One record per policy; {@link Balancers} maps {@link #kind()} to its balancer.
 */
public sealed interface MeshConfig permits EnvoyConfig, LinkerdConfig, GrpcConfig {

  /** The policy's name in scenario files ({@code envoy}, {@code linkerd}, {@code grpc}). */
  String kind();

  /** The proxy's own TCP connect timeout to an endpoint, seconds. */
  double connectTimeoutSeconds();

  /** The proxy's retries of a failed request. */
  MeshRetryPolicy retries();

  /** How the mesh's control plane pushes endpoint changes to the proxies. */
  ControlPlanePush controlPlane();

  /**
   * Whether the application looks the service's name up in the cluster DNS before its proxy
   * balances (true for sidecars, which intercept the connection to the cluster IP; a proxyless
   * gRPC channel gets its endpoints from xDS). Retries by the proxy do not look it up again.
   */
  default boolean resolvesThroughClusterDns() {
    return true;
  }
}
