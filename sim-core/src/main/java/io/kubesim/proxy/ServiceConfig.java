package io.kubesim.proxy;

import io.kubesim.config.Checks;
import io.kubesim.mesh.MeshConfig;
import java.util.Map;
import java.util.Optional;

/**
 * A Kubernetes service.
 *
 * @param name service name
 * @param selector pod labels it selects
 * @param headless {@code clusterIP: None}: DNS returns every ready pod IP, no kube-proxy
 * @param dnsChoice headless only: which DNS answer the client uses
 * @param dnsTtlSeconds headless only: how long a client caches the DNS answer (5 s)
 * @param sessionAffinity {@code None} or {@code ClientIP} (sticky per client node)
 * @param sessionAffinityTimeoutSeconds ClientIP stickiness timeout (10800 s)
 * @param externalTrafficPolicy for external clients through a load balancer: Cluster or Local
 * @param trafficDistribution topology preference of kube-proxy's routing (none by default)
 * @param internalTrafficPolicy for clients inside the cluster: Cluster or Local (node-local only)
 * @param mesh request-level load balancing by a client proxy on every node (a service mesh),
 *     instead of kube-proxy; empty for none
 */
public record ServiceConfig(
    String name,
    Map<String, String> selector,
    boolean headless,
    DnsChoice dnsChoice,
    double dnsTtlSeconds,
    SessionAffinity sessionAffinity,
    double sessionAffinityTimeoutSeconds,
    ExternalTrafficPolicy externalTrafficPolicy,
    TrafficDistribution trafficDistribution,
    InternalTrafficPolicy internalTrafficPolicy,
    Optional<MeshConfig> mesh) {

  /** How a client picks among a headless service's DNS answers. */
  public enum DnsChoice {
    /** The first answer, as most client libraries do. */
    FIRST,
    /** A uniformly random answer per connection. */
    RANDOM,
    /** The answers in turn, per client node. */
    ROUND_ROBIN
  }

  /** Service session affinity. */
  public enum SessionAffinity {
    /** Every connection is balanced independently. */
    NONE,
    /** Connections from the same client node stick to one endpoint while it stays in view. */
    CLIENT_IP
  }

  /** Service {@code externalTrafficPolicy}. */
  public enum ExternalTrafficPolicy {
    /** Any node accepts and forwards to any endpoint (SNAT, possibly a second hop). */
    CLUSTER,
    /** Only nodes with a local endpoint accept; no second hop. */
    LOCAL
  }

  /**
   * Service {@code spec.trafficDistribution} (KEP-4444, KEP-3015): the EndpointSlice controller
   * hints each ready endpoint for its zone (and, for {@code PreferSameNode}, its node); each
   * kube-proxy keeps the endpoints hinted for its node or zone when there are any. Each value's
   * filter is one line in {@code Topology.REGISTRY}.
   */
  public enum TrafficDistribution {
    /** Field unset: every ready endpoint, cluster-wide. */
    NONE,
    /** Same-zone endpoints when the zone has a ready one (the older name of PreferSameZone). */
    PREFER_CLOSE,
    /** Same-zone endpoints when the zone has a ready one, else all. */
    PREFER_SAME_ZONE,
    /** Same-node endpoints when the node has a ready one, else same-zone, else all. */
    PREFER_SAME_NODE
  }

  /** Service {@code internalTrafficPolicy}, for clients inside the cluster. */
  public enum InternalTrafficPolicy {
    /** Any ready endpoint (filtered by {@code trafficDistribution}). */
    CLUSTER,
    /** Only endpoints on the client's node; with none there, kube-proxy drops the packet. */
    LOCAL
  }

  /** A service without topology preference and with the Cluster internal traffic policy. */
  public ServiceConfig(
      String name,
      Map<String, String> selector,
      boolean headless,
      DnsChoice dnsChoice,
      double dnsTtlSeconds,
      SessionAffinity sessionAffinity,
      double sessionAffinityTimeoutSeconds,
      ExternalTrafficPolicy externalTrafficPolicy) {
    this(name, selector, headless, dnsChoice, dnsTtlSeconds, sessionAffinity,
        sessionAffinityTimeoutSeconds, externalTrafficPolicy, TrafficDistribution.NONE,
        InternalTrafficPolicy.CLUSTER);
  }

  /** A service without a mesh. */
  public ServiceConfig(
      String name,
      Map<String, String> selector,
      boolean headless,
      DnsChoice dnsChoice,
      double dnsTtlSeconds,
      SessionAffinity sessionAffinity,
      double sessionAffinityTimeoutSeconds,
      ExternalTrafficPolicy externalTrafficPolicy,
      TrafficDistribution trafficDistribution,
      InternalTrafficPolicy internalTrafficPolicy) {
    this(name, selector, headless, dnsChoice, dnsTtlSeconds, sessionAffinity,
        sessionAffinityTimeoutSeconds, externalTrafficPolicy, trafficDistribution,
        internalTrafficPolicy, Optional.empty());
  }

  /** Whether kube-proxy routes this service's internal traffic to every ready endpoint. */
  public boolean clusterWide() {
    return trafficDistribution == TrafficDistribution.NONE
        && internalTrafficPolicy == InternalTrafficPolicy.CLUSTER;
  }

  public ServiceConfig {
    Checks.name("service.name", name);
    selector = Map.copyOf(selector == null ? Map.of() : selector);
    if (selector.isEmpty()) {
      throw new IllegalArgumentException("service " + name + " needs a non-empty selector");
    }
    if (dnsChoice == null || sessionAffinity == null || externalTrafficPolicy == null
        || trafficDistribution == null || internalTrafficPolicy == null) {
      throw new IllegalArgumentException("service " + name + ": enums must be set");
    }
    Checks.nonNegative("service.dnsTtlSeconds", dnsTtlSeconds);
    Checks.positive("service.sessionAffinityTimeoutSeconds", sessionAffinityTimeoutSeconds);
    if (mesh == null) {
      throw new IllegalArgumentException("service " + name + ": mesh must be an Optional");
    }
    if (mesh.isPresent() && headless) {
      throw new IllegalArgumentException("service " + name
          + ": a mesh balances a cluster-IP service; this one is headless");
    }
  }

  /** The same service balanced by {@code mesh}. */
  public ServiceConfig withMesh(MeshConfig mesh) {
    return new ServiceConfig(name, selector, headless, dnsChoice, dnsTtlSeconds, sessionAffinity,
        sessionAffinityTimeoutSeconds, externalTrafficPolicy, trafficDistribution,
        internalTrafficPolicy, Optional.of(mesh));
  }

  /** A ClusterIP service with Kubernetes' defaults. */
  public static ServiceConfig clusterIp(String name, Map<String, String> selector) {
    return new ServiceConfig(
        name, selector, false, DnsChoice.FIRST, 5, SessionAffinity.NONE, 10800,
        ExternalTrafficPolicy.CLUSTER);
  }
}
