/**
 * Kubelet probes: their configuration, {@link io.kubesim.probe.ProbeWorker} (readiness, liveness
 * and startup workers with Kubernetes' timing and thresholds) and the readiness policies they run.
 * A policy is one class implementing {@code ReadinessCheck} ({@code HttpCheck},
 * {@code ThroughputCheck} with its re-admission modes) chosen by name from {@code ReadinessChecks};
 * adding one is a {@link io.kubesim.probe.ProbeCheck} record, a class and a registry line.
 */
package io.kubesim.probe;
