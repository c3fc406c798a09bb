/**
 * The control plane: its configuration, {@link io.kubesim.controlplane.ApiServer} (pod readiness,
 * the endpoint controller deciding who is in a service and delivering it to every node's
 * kube-proxy) and {@link io.kubesim.controlplane.NodeLifecycleController} (heartbeats, NotReady,
 * eviction).
 */
package io.kubesim.controlplane;
