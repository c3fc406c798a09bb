package io.kubesim.probe;

import io.kubesim.cluster.Pod;

/**
 * A readiness policy: what a probe checks once the pod has answered within the timeout. One
 * instance per probe worker, so a policy may keep state between probes (the throughput check keeps
 * the pod's served count at the previous probe). The policy is chosen from {@link ReadinessChecks}
 * by the name of its configuration ({@link ProbeCheck#policyName()}); it applies to whichever
 * probe (readiness or liveness) carries that configuration.
 */
interface ReadinessCheck {

  /**
   * The worker starts at {@code now} (seconds). {@code steadyState}: the pod was ready before the
   * run began, so the first probe only sets the policy's baseline.
   */
  void start(Pod pod, double now, boolean steadyState);

  /** The pod answered a probe in time at {@code now} (seconds): whether the probe passes. */
  boolean passes(Pod pod, double now);
}
