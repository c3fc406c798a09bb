/**
 * The runtime world of one replication: nodes with their kubelets and kube-proxies, pods as
 * queueing stations, the control plane, clients and the request path, wired to the engine.
 *
 * <p>Configuration lives in the feature packages ({@code cluster}, {@code network},
 * {@code proxy}, {@code probe}, {@code controlplane}, {@code traffic}, {@code fault}); this
 * package holds their mutable runtime counterparts, which share package-private state so that the
 * request path reads fields directly and allocates nothing per request (attempts are pooled).
 *
 * <p>Entry point: {@link io.kubesim.model.Replication#run}.
 */
package io.kubesim.model;
