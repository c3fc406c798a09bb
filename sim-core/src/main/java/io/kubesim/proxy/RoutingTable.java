package io.kubesim.proxy;

import io.kubesim.cluster.Pod;
import io.kubesim.world.World;
import java.util.Arrays;
import umontreal.ssj.rng.RandomStream;

/**
 * What every node's kube-proxy routes internal traffic to, per service, and how it picks a
 * backend there, in dense arrays by host id. A client's new connection reads one entry of a
 * service's row (and the snapshot, which the nodes share) instead of its node's proxy object and
 * that proxy's array: two cache misses less per request in a large cluster. Each
 * {@link KubeProxy} writes its own column whenever it applies a view.
 */
public final class RoutingTable {
  private final World world;
  /** [service][host]: the routed view of each service on each node. */
  private final EndpointSnapshot[][] routed;
  /** [host]: each node's backend picker (one shared object where the mode keeps no state). */
  private final BackendPicker[] pickers;

  /** An empty table for {@code services} services on {@code nodes} nodes. */
  public RoutingTable(World world, int services, int nodes) {
    this.world = world;
    this.routed = new EndpointSnapshot[services][nodes];
    for (EndpointSnapshot[] row : routed) {
      Arrays.fill(row, EndpointSnapshot.EMPTY);
    }
    this.pickers = new BackendPicker[nodes];
  }

  EndpointSnapshot routed(int service, int host) {
    return routed[service][host];
  }

  void setRouted(int service, int host, EndpointSnapshot v) {
    routed[service][host] = v;
  }

  void setPicker(int host, BackendPicker picker) {
    pickers[host] = picker;
  }

  /**
   * Picks a backend for a new internal connection from node {@code host} to {@code service}, or
   * null if that node routes it to no endpoint; see {@link KubeProxy#pick(int, RandomStream,
   * AffinityEntry)}.
   */
  public Pod pick(int host, int service, RandomStream lb, AffinityEntry clientIp) {
    return pick(host, service, routed[service][host], lb, clientIp);
  }

  /**
   * The backend {@link #pick} would choose from node {@code host} if the load-balancing stream's
   * next uniform were {@code u}, or null if that cannot be told without picking.
   */
  public Pod peek(int host, int service, double u) {
    EndpointSnapshot v = routed[service][host].routable();
    return v == null ? null : pickers[host].peek(v, u);
  }

  /**
   * Node {@code host}'s pick among {@code v}: a ready endpoint, or when none is left a
   * serving-terminating one (KEP-1669, GA in 1.28); under {@code sessionAffinity: ClientIP} the
   * endpoint of {@code clientIp}'s live entry while it is still in {@code v}.
   */
  Pod pick(int host, int service, EndpointSnapshot v, RandomStream lb, AffinityEntry clientIp) {
    v = v.routable();
    if (v == null) {
      return null;
    }
    ServiceConfig sc = world.services[service].config;
    if (sc.sessionAffinity() == ServiceConfig.SessionAffinity.CLIENT_IP) {
      Pod sticky = clientIp.pod;
      double now = world.now();
      if (sticky != null && now < clientIp.expirySeconds && v.contains(sticky)) {
        clientIp.expirySeconds = now + sc.sessionAffinityTimeoutSeconds();
        return sticky;
      }
      Pod p = pickers[host].pick(service, v, lb);
      clientIp.pod = p;
      clientIp.expirySeconds = now + sc.sessionAffinityTimeoutSeconds();
      return p;
    }
    return pickers[host].pick(service, v, lb);
  }
}
