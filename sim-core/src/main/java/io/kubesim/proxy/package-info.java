/**
 * Services and kube-proxy: immutable endpoint snapshots shared by every node that holds them,
 * per-node views applied after {@code minSyncPeriod}, and backend selection per mode.
 */
package io.kubesim.proxy;
