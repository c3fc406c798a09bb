/**
 * Kubelet probes: readiness, liveness and startup probe workers with Kubernetes' timing, and the
 * pluggable checks (readiness policies) they run.
 */
package io.kubesim.probe;
