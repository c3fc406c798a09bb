/**
 * The control plane: the endpoint controller (who is in a service, and delivering that to every
 * node's kube-proxy) and the node lifecycle controller (heartbeats, NotReady, eviction).
 */
package io.kubesim.controlplane;
