package io.kubesim.mesh;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import umontreal.ssj.rng.RandomStream;

/**
 * How an Envoy sidecar picks among the hosts it may use (equal weights): one class per
 * {@link EnvoyConfig.LbPolicy}, from {@link #REGISTRY} (Envoy {@code load_balancer_impl.cc}).
 */
interface HostPicker {

  /** Picks one of {@code hosts[0..n)} (n &gt; 0). */
  Host pick(Host[] hosts, int n, RandomStream random);

  /** The registry: policy → factory given the sidecar's configuration and random stream. */
  Map<EnvoyConfig.LbPolicy, Function<Setup, HostPicker>> REGISTRY = new EnumMap<>(Map.of(
      EnvoyConfig.LbPolicy.ROUND_ROBIN, s -> new RoundRobin(s.random()),
      EnvoyConfig.LbPolicy.LEAST_REQUEST, s -> new LeastRequest(s.config().choiceCount()),
      EnvoyConfig.LbPolicy.RANDOM, s -> new Uniform()));

  /** What a picker is built from. */
  record Setup(EnvoyConfig config, RandomStream random) {}

  /** A new picker for {@code config}. */
  static HostPicker create(EnvoyConfig config, RandomStream random) {
    return REGISTRY.get(config.lbPolicy()).apply(new Setup(config, random));
  }

  /** {@code ROUND_ROBIN} with equal weights: the hosts in turn from a random start. */
  final class RoundRobin implements HostPicker {
    private long next;

    RoundRobin(RandomStream random) {
      this.next = (long) (random.nextDouble() * 1_000_003);
    }

    @Override
    public Host pick(Host[] hosts, int n, RandomStream random) {
      return hosts[(int) (next++ % n)];
    }
  }

  /**
   * {@code LEAST_REQUEST} with equal weights: {@code choiceCount} hosts drawn with replacement,
   * the one with fewest active requests kept (the first on ties).
   */
  final class LeastRequest implements HostPicker {
    private final int choices;

    LeastRequest(int choices) {
      this.choices = choices;
    }

    @Override
    public Host pick(Host[] hosts, int n, RandomStream random) {
      Host best = hosts[(int) (random.nextDouble() * n)];
      for (int i = 1; i < choices; i++) {
        Host h = hosts[(int) (random.nextDouble() * n)];
        if (h.active < best.active) {
          best = h;
        }
      }
      return best;
    }
  }

  /** {@code RANDOM}: a uniform host. */
  final class Uniform implements HostPicker {
    @Override
    public Host pick(Host[] hosts, int n, RandomStream random) {
      return hosts[(int) (random.nextDouble() * n)];
    }
  }
}
