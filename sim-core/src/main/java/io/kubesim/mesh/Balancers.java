package io.kubesim.mesh;

import java.util.Map;
import java.util.function.BiFunction;

/**
 * The registry of request-level balancing policies: {@link MeshConfig#kind()} to a factory of one
 * proxy's {@link Balancer}. Adding a policy is a {@link MeshConfig} record, a {@link Balancer}
 * class and one line here (plus its scenario schema entry).
 */
public final class Balancers {
  private static final Map<String, BiFunction<MeshConfig, ProxyContext, Balancer>> REGISTRY =
      Map.of("envoy", (c, ctx) -> new EnvoyBalancer((EnvoyConfig) c, ctx),
          "linkerd", (c, ctx) -> new LinkerdBalancer((LinkerdConfig) c, ctx),
          "grpc", (c, ctx) -> new GrpcBalancer((GrpcConfig) c, ctx));

  private Balancers() {}

  /** A new balancer for one proxy configured with {@code config}. */
  public static Balancer create(MeshConfig config, ProxyContext ctx) {
    BiFunction<MeshConfig, ProxyContext, Balancer> factory = REGISTRY.get(config.kind());
    if (factory == null) {
      throw new IllegalStateException("no mesh policy named " + config.kind());
    }
    return factory.apply(config, ctx);
  }

  /** The registered policy names. */
  public static java.util.Set<String> names() {
    return REGISTRY.keySet();
  }
}
