package io.kubesim.proxy;

import io.kubesim.cluster.Pod;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import umontreal.ssj.rng.RandomStream;

/**
 * How one node's kube-proxy picks a backend for a new connection among a service's applied
 * endpoints: one class per {@link ProxyMode}, chosen from {@link #REGISTRY}.
 */
interface BackendPicker {

  /** Picks one of {@code v}'s endpoints (non-empty) for a new connection to {@code service}. */
  Pod pick(int service, EndpointSnapshot v, RandomStream lb);

  /**
   * The endpoint {@link #pick} would choose if the load-balancing stream's next uniform were
   * {@code u}, or null if the picker cannot tell (it keeps state, or draws more than once).
   */
  default Pod peek(EndpointSnapshot v, double u) {
    return null;
  }

  /** The registry of kube-proxy modes: one line per mode, a factory given the node's proxy. */
  Map<ProxyMode, Function<KubeProxy, BackendPicker>> REGISTRY = new EnumMap<>(Map.of(
      ProxyMode.IPTABLES, p -> Uniform.SHARED,
      ProxyMode.NFTABLES, p -> Uniform.SHARED,
      ProxyMode.IPVS_RR, p -> new RoundRobin(p.services()),
      ProxyMode.IPVS_LC, LeastConnections::new));

  /** A new picker for {@code proxy} in {@code mode}. */
  static BackendPicker create(ProxyMode mode, KubeProxy proxy) {
    Function<KubeProxy, BackendPicker> factory = REGISTRY.get(mode);
    if (factory == null) {
      throw new IllegalStateException("no kube-proxy mode " + mode);
    }
    return factory.apply(proxy);
  }

  /**
   * iptables' chain "rule i of n matches with probability 1/(n−i)" and nftables'
   * "numgen random mod n" are both a uniform choice among the n endpoints.
   */
  final class Uniform implements BackendPicker {
    /** It keeps no state, so every node shares one (one object less to fetch per request). */
    static final Uniform SHARED = new Uniform();

    @Override
    public Pod pick(int service, EndpointSnapshot v, RandomStream lb) {
      return peek(v, lb.nextDouble());
    }

    @Override
    public Pod peek(EndpointSnapshot v, double u) {
      return v.pods[(int) (u * v.pods.length)];
    }
  }

  /** IPVS round robin, one position per service on this node. */
  final class RoundRobin implements BackendPicker {
    private final int[] next;

    RoundRobin(int services) {
      this.next = new int[services];
    }

    @Override
    public Pod pick(int service, EndpointSnapshot v, RandomStream lb) {
      int i = next[service] % v.pods.length;
      next[service] = i + 1;
      return v.pods[i];
    }
  }

  /** IPVS least connections, counting this node's own active connections (first one on ties). */
  final class LeastConnections implements BackendPicker {
    private final KubeProxy proxy;

    LeastConnections(KubeProxy proxy) {
      this.proxy = proxy;
    }

    @Override
    public Pod pick(int service, EndpointSnapshot v, RandomStream lb) {
      Pod best = v.pods[0];
      int bestActive = proxy.active(best);
      for (int i = 1; i < v.pods.length; i++) {
        int a = proxy.active(v.pods[i]);
        if (a < bestActive) {
          best = v.pods[i];
          bestActive = a;
        }
      }
      return best;
    }
  }
}
