/**
 * Services and kube-proxy: their configuration, {@link io.kubesim.proxy.Service} (selected
 * deployments, the published endpoints), immutable {@link io.kubesim.proxy.EndpointSnapshot}s
 * shared by every node that holds them, and {@link io.kubesim.proxy.KubeProxy} (per-node views
 * applied after {@code minSyncPeriod}, session affinity, backend selection). Each
 * {@link io.kubesim.proxy.ProxyMode} is a {@code BackendPicker} class chosen from its registry.
 */
package io.kubesim.proxy;
