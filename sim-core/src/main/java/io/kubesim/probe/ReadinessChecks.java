package io.kubesim.probe;

import java.util.Map;
import java.util.function.Function;

/**
 * The registry of readiness policies: policy name ({@link ProbeCheck#policyName()}) to a factory
 * of one worker's {@link ReadinessCheck}. Adding a policy is one {@link ProbeCheck} record, one
 * {@link ReadinessCheck} class and one line here (plus its scenario schema entry).
 */
final class ReadinessChecks {
  private static final Map<String, Function<ProbeCheck, ReadinessCheck>> REGISTRY = Map.of(
      "http", c -> HttpCheck.INSTANCE,
      "throughput", c -> new ThroughputCheck((ProbeCheck.Throughput) c));

  private ReadinessChecks() {}

  /** A new check for one probe worker configured with {@code config}. */
  static ReadinessCheck create(ProbeCheck config) {
    Function<ProbeCheck, ReadinessCheck> factory = REGISTRY.get(config.policyName());
    if (factory == null) {
      throw new IllegalStateException("no readiness policy named " + config.policyName());
    }
    return factory.apply(config);
  }

  /** The registered policy names. */
  static java.util.Set<String> names() {
    return REGISTRY.keySet();
  }
}
