/**
 * The network: hosts (nodes, the control plane, external clients), directed reachability under
 * partitions, per-hop latency, loss, and TCP connection set-up.
 */
package io.kubesim.network;
