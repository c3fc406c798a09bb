package io.kubesim.traffic;

import io.kubesim.cluster.DeploymentConfig;
import io.kubesim.cluster.Placement;
import io.kubesim.cluster.PodTemplate;
import io.kubesim.cluster.ServerConfig;
import io.kubesim.cluster.SigtermBehaviour;
import io.kubesim.config.Checks;
import io.kubesim.dist.Distribution;
import io.kubesim.probe.ProbeCheck;
import io.kubesim.probe.ProbeConfig;
import io.kubesim.proxy.ServiceConfig;
import java.util.Map;
import java.util.Optional;

/**
 * Cluster DNS: CoreDNS as a deployment behind the {@code kube-dns} cluster IP, and how in-cluster
 * clients resolve a service's name before they open a connection to it.
 *
 * <p>A client resolves over UDP with the resolv.conf kubelet writes for {@code ClusterFirst}
 * pods: one {@code nameserver} (the kube-dns cluster IP), {@code options timeout:5 attempts:2}
 * being glibc's defaults (resolv.conf(5)). Each query goes through the client node's
 * kube-proxy, which picks a CoreDNS pod per new UDP flow. glibc keeps one socket for a lookup, so
 * its retry has the same 5-tuple and conntrack sends it to the same CoreDNS pod
 * ({@code retrySameSocket: true}); a resolver that opens a new socket per try gets a fresh pick.
 *
 * @param replicas CoreDNS replicas (2, as kubeadm and most distributions deploy it)
 * @param timeoutSeconds resolv.conf {@code timeout}: wait for an answer before retrying (5 s)
 * @param attempts resolv.conf {@code attempts}: queries per lookup before it fails (2)
 * @param retrySameSocket whether a retry reuses the lookup's socket, hence its CoreDNS pod (glibc)
 * @param clientCacheTtlSeconds how long a client keeps an answer (0: no cache, as glibc)
 * @param nodeLocalCache whether NodeLocal DNSCache answers on every node, forwarding misses
 * @param recordTtlSeconds TTL of CoreDNS' answers for services (kubeadm's Corefile: 30 s), kept
 *     by NodeLocal DNSCache
 * @param queryTime CoreDNS' time to answer one query, seconds
 */
public record DnsConfig(
    int replicas,
    double timeoutSeconds,
    int attempts,
    boolean retrySameSocket,
    double clientCacheTtlSeconds,
    boolean nodeLocalCache,
    double recordTtlSeconds,
    Distribution queryTime) {

  /** Name of the CoreDNS deployment. */
  public static final String DEPLOYMENT = "coredns";
  /** Name of the cluster DNS service. */
  public static final String SERVICE = "kube-dns";
  private static final Map<String, String> SELECTOR = Map.of("k8s-app", "kube-dns");

  public DnsConfig {
    Checks.inRange("dns.replicas", replicas, 1, 1000);
    Checks.positive("dns.timeout", timeoutSeconds);
    Checks.inRange("dns.attempts", attempts, 1, 5);
    Checks.nonNegative("dns.clientCacheTtl", clientCacheTtlSeconds);
    Checks.nonNegative("dns.recordTtl", recordTtlSeconds);
    if (queryTime == null) {
      throw new IllegalArgumentException("dns.queryTime is required");
    }
  }

  /** The defaults: 2 replicas, timeout 5 s, 2 attempts, glibc's socket reuse, no caches. */
  public static DnsConfig defaults() {
    return new DnsConfig(2, 5, 2, true, 0, false, 30, new Distribution.Constant(0.0002));
  }

  /**
   * The CoreDNS deployment: spread over the nodes, ready when its {@code /ready} endpoint answers
   * (an HTTP readiness probe with Kubernetes' defaults), serving queries concurrently.
   */
  public DeploymentConfig coreDnsDeployment() {
    ServerConfig server = new ServerConfig(1000, queryTime, 1000, new Distribution.Constant(0.001));
    PodTemplate template = new PodTemplate(server, new Distribution.Constant(2),
        Optional.of(ProbeConfig.defaults(new ProbeCheck.Http())), Optional.empty(),
        Optional.empty(), 30, 0, SigtermBehaviour.DRAIN, Optional.empty());
    return new DeploymentConfig(DEPLOYMENT, replicas, SELECTOR, Placement.spread(), template,
        DeploymentConfig.defaultMaxSurge(replicas), DeploymentConfig.defaultMaxUnavailable(replicas));
  }

  /** The kube-dns service selecting the CoreDNS pods. */
  public ServiceConfig kubeDnsService() {
    return ServiceConfig.clusterIp(SERVICE, SELECTOR);
  }
}
