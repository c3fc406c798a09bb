/**
 * Services and kube-proxy: their configuration, {@link io.kubesim.proxy.Service} (selected
 * deployments, the published endpoints), immutable {@link io.kubesim.proxy.EndpointSnapshot}s
 * shared by every node that holds them, and {@link io.kubesim.proxy.KubeProxy} (per-node views
 * applied after {@code minSyncPeriod}, session affinity, backend selection), whose routed views
 * and pickers live in one {@link io.kubesim.proxy.RoutingTable} by host id, the array a new
 * connection reads. Each {@link io.kubesim.proxy.ProxyMode} is a {@code BackendPicker} class
 * chosen from its registry.
 */
package io.kubesim.proxy;
