package io.kubesim.traffic;

import io.kubesim.cluster.Pod;
import io.kubesim.dist.DrawAhead;
import io.kubesim.proxy.RoutingTable;
import io.kubesim.proxy.ServiceConfig;
import io.kubesim.world.World;

/**
 * Reads ahead, a batch at a time, the pods that a client's next new connections will reach, so
 * that in a large cluster their cache misses overlap one another instead of each stalling its
 * request. It changes no result: it draws nothing and writes no model state.
 *
 * <p>Design notes. Among 150,000 pods, the pod a request reaches has long left the cache: the
 * endpoint array's entry and then the pod (its server is part of it) are dependent misses, each
 * waited for in turn. Java has no prefetch instruction, and one read made early stalls the processor as
 * surely as the late one (reading each next request's pod at the end of the one before was
 * measured slower). So every {@value #BATCH} requests, one short loop reads the pods of the next
 * {@value #BATCH}: their misses are in flight together. The pods are predicted as
 * {@link RoutingTable#pick} will choose them, from the uniforms the requests will draw, peeked
 * in the read-ahead placement and load-balancing streams. A prediction can be wrong (a retry or
 * a relocation drew from a stream in between, the endpoints changed): it then costs a wasted
 * read, nothing else.
 *
 * <p>It is used only where it pays and where a pick is a function of one uniform: a client inside
 * the cluster, without a mesh, of a ClusterIP service without session affinity, whose selected
 * deployments want at least {@value #MIN_PODS} pods (fewer pods' state stays in the cache). The
 * system property {@code kubesim.prefetch=false} turns it off, to measure what it buys.
 */
final class PodPrefetcher {
  /** Requests whose pods are read in one loop: enough misses in flight at once. */
  static final int BATCH = 8;
  /** Below this many pods, the request path's pod state stays in the cache anyway. */
  static final int MIN_PODS = 4096;

  private final DrawAhead placement;
  private final DrawAhead lb;
  private final int[] sourceHosts;
  private final RoutingTable routing;
  private final int service;
  /** What the reads returned, kept so that the compiler cannot drop them. */
  private int sink;

  private PodPrefetcher(World world, int[] sourceHosts, int service) {
    this.placement = world.placementStream;
    this.lb = world.lbStream;
    this.sourceHosts = sourceHosts;
    this.routing = world.routing;
    this.service = service;
  }

  /**
   * A prefetcher for a client drawing its source node among {@code sourceHosts} and connecting
   * to {@code service} through its node's kube-proxy, or null where none is used.
   */
  static PodPrefetcher forClient(World world, ClientConfig config, int[] sourceHosts,
      int service) {
    ServiceConfig sc = world.services[service].config;
    boolean applies = !config.external() && world.meshes[service] == null && !sc.headless()
        && sc.sessionAffinity() == ServiceConfig.SessionAffinity.NONE
        && world.services[service].desired() >= MIN_PODS
        && Boolean.parseBoolean(System.getProperty("kubesim.prefetch", "true"));
    return applies ? new PodPrefetcher(world, sourceHosts, service) : null;
  }

  /**
   * Called before each new request draws its source node: at every {@value #BATCH}th position of
   * the placement stream's block, reads the pods of the next {@value #BATCH} requests.
   */
  void beforeRequest() {
    int ahead = placement.readAhead();
    if (ahead % BATCH != 0) {
      return;
    }
    int n = Math.min(BATCH, Math.min(ahead, lb.readAhead()));
    int s = 0;
    for (int i = 0; i < n; i++) {
      Pod p = predicted(i);
      if (p != null) {
        s += p.prefetch();
      }
    }
    sink += s;
  }

  /**
   * The pod the {@code i}th next request will reach if nothing else draws from the streams first
   * ({@code i} below both streams' {@link DrawAhead#readAhead()}), or null if the picker cannot
   * tell.
   */
  Pod predicted(int i) {
    int host = sourceHosts[Client.sourceIndex(placement.peek(i), sourceHosts.length)];
    return routing.peek(host, service, lb.peek(i));
  }
}
