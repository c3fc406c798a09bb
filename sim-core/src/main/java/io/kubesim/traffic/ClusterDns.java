package io.kubesim.traffic;

import io.kubesim.cluster.Pod;
import io.kubesim.network.Network;
import io.kubesim.world.World;
import umontreal.ssj.rng.RandomStream;

/**
 * Name resolution of in-cluster clients through CoreDNS behind the kube-dns cluster IP, as
 * {@link DnsConfig} describes it.
 *
 * <p>Design notes. A lookup sends a UDP query through the client node's kube-proxy, which picks a
 * CoreDNS pod (a new UDP flow gets a new pick). The query is answered when the pod runs and
 * listens and both directions between the client's node and the pod's node work (checked when the
 * query leaves, like TCP segments): the answer arrives after a hop each way and CoreDNS' query
 * time. Otherwise the resolver waits {@code timeout} (5 s) and retries — to the same pod when the
 * retry reuses the lookup's socket (glibc: same 5-tuple, same conntrack entry), else after a new
 * pick — and fails the lookup after {@code attempts} (2) queries: the request fails with cause
 * {@code dnsFailure}, as it does when the client's connect deadline passes during the lookup. A
 * kube-dns service without endpoints is rejected at once (ICMP port unreachable): the lookup fails
 * at once. A client cache ({@code clientCacheTtl}) skips lookups per client and node; NodeLocal
 * DNSCache answers on the node while its copy (kept for {@code recordTtl}) is fresh and resolves a
 * miss as a client would. CoreDNS is not modelled as a queue (it answers concurrently); its
 * pods are otherwise ordinary pods (placement, probes, faults, eviction). Sources: resolv.conf(5);
 * Kubernetes "DNS for Services and Pods", "Using NodeLocal DNSCache"; kubernetes#56903 (the 5 s
 * retry delays).
 */
public final class ClusterDns {
  private final World world;
  private final DnsConfig config;
  private final int kubeDns;
  private final RandomStream stream;
  private final double[][] nodeCacheUntil;

  /** Resolution for {@code world}, whose service {@code kubeDns} is the kube-dns service. */
  public ClusterDns(World world, DnsConfig config, int kubeDns, RandomStream stream) {
    this.world = world;
    this.config = config;
    this.kubeDns = kubeDns;
    this.stream = stream;
    this.nodeCacheUntil = config.nodeLocalCache()
        ? new double[world.nodes.length][world.services.length] : null;
    if (nodeCacheUntil != null) {
      for (double[] row : nodeCacheUntil) {
        java.util.Arrays.fill(row, Double.NEGATIVE_INFINITY);
      }
    }
  }

  /** The configuration. */
  public DnsConfig config() {
    return config;
  }

  /**
   * Starts resolving the name of {@code a}'s service. Returns true when a client cache answers at
   * once; otherwise the attempt's own event carries on the lookup.
   */
  boolean resolve(Attempt a) {
    double now = world.now();
    Client c = a.client;
    if (c.dnsCachedUntil != null && now < c.dnsCachedUntil[a.sourceHost]) {
      return true;
    }
    a.resolving = true;
    a.dnsTries = 0;
    a.dnsPod = null;
    RequestPath.armDeadlineAt(a, a.connectDeadline);
    if (nodeCacheUntil != null && now < nodeCacheUntil[a.sourceHost][c.service]) {
      answerAfter(a, config.queryTime().sample(stream));
      return false;
    }
    query(a);
    return false;
  }

  /** Sends the next query of the lookup. */
  private void query(Attempt a) {
    a.dnsTries++;
    int source = a.sourceHost;
    if (a.dnsPod == null || !config.retrySameSocket()) {
      a.dnsPod = world.nodes[source].proxy.pick(kubeDns, stream);
    }
    Pod p = a.dnsPod;
    if (p == null) {
      RequestPath.failResolution(a);
      return;
    }
    if (p.accepting() && reachable(source, p.host) && !lost(source, p.host)) {
      answerAfter(a, 2 * a.hopSeconds + config.queryTime().sample(stream));
      return;
    }
    a.step = Attempt.Step.DNS_TIMEOUT;
    a.schedule(config.timeoutSeconds());
  }

  private void answerAfter(Attempt a, double delay) {
    a.step = Attempt.Step.DNS_ANSWER;
    a.schedule(delay);
  }

  private boolean reachable(int from, int to) {
    Network net = world.network;
    return from == to ? !net.isDown(to) : net.canConnect(from, to);
  }

  private boolean lost(int from, int to) {
    double p = world.network.lossProbability(from, to);
    return p > 0 && (stream.nextDouble() < p || stream.nextDouble() < p);
  }

  /** The query's timeout passed without an answer: retry or give up. */
  void onTimeout(Attempt a) {
    if (a.dnsTries < config.attempts()) {
      query(a);
    } else {
      RequestPath.failResolution(a);
    }
  }

  /** The answer arrived: fill the caches, then the attempt connects. */
  void onAnswer(Attempt a) {
    double now = world.now();
    a.resolving = false;
    Client c = a.client;
    if (c.dnsCachedUntil != null) {
      c.dnsCachedUntil[a.sourceHost] = now + config.clientCacheTtlSeconds();
    }
    if (nodeCacheUntil != null && now >= nodeCacheUntil[a.sourceHost][c.service]) {
      nodeCacheUntil[a.sourceHost][c.service] = now + config.recordTtlSeconds();
    }
  }
}
