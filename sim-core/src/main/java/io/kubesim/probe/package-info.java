/**
 * Kubelet probes: their configuration, {@link io.kubesim.probe.ProbeWorker} (readiness, liveness
 * and startup workers with Kubernetes' timing and thresholds) and the readiness policies they run.
 * A policy is one class implementing {@code ReadinessCheck} ({@code HttpCheck},
 * {@code ThroughputCheck} with its re-admission modes) chosen by name from {@code ReadinessChecks};
 * adding one is a {@link io.kubesim.probe.ProbeCheck} record, a class and a registry line. Beside
 * the kubelet's probes, {@link io.kubesim.probe.PeerReachability} models node agents that probe
 * their peers and a controller that marks a node's pods unready or taints the node (its actions
 * are classes from {@code PeerAction.REGISTRY}).
 */
package io.kubesim.probe;
