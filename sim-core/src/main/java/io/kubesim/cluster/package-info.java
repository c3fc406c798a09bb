/**
 * The cluster: node, deployment and pod configuration with Kubernetes' defaults, and their
 * runtime: {@link io.kubesim.cluster.Node}, {@link io.kubesim.cluster.Deployment} (replica sets,
 * rolling updates, scaling, scheduling), {@link io.kubesim.cluster.Pod} (lifecycle: pending,
 * starting, running, terminating, gone), {@link io.kubesim.cluster.PodServer} (Pod's superclass:
 * the pod as a queueing station, with the pod fields every request reads; its completion events
 * are borrowed from the replication's {@link io.kubesim.cluster.ServiceCompletions}) and
 * {@link io.kubesim.cluster.Kubelet} (containers, CrashLoopBackOff, probe results, readiness
 * reports and node heartbeats). {@link io.kubesim.cluster.EvictionClocks} keeps, per node, when
 * its pods count as evicted, in one array the request path reads.
 */
package io.kubesim.cluster;
