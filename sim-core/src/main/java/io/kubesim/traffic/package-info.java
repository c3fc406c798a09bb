/**
 * Traffic: client configuration, arrival processes and retry policies, and their runtime:
 * {@link io.kubesim.traffic.Client} (inside the cluster, pod to service, or outside it, cloud load
 * balancer to a NodePort), {@link io.kubesim.traffic.ConnectionPool} (keep-alive reuse),
 * pooled {@link io.kubesim.traffic.Attempt}s and {@link io.kubesim.traffic.RequestPath}, the hot
 * path of one attempt: DNS/proxy pick, TCP set-up, network hops, queueing, timeouts and retries;
 * and cluster DNS ({@link io.kubesim.traffic.DnsConfig}, {@link io.kubesim.traffic.ClusterDns}):
 * CoreDNS behind kube-dns, the lookups clients make before connecting, and their caches. In a
 * large cluster, {@code PodPrefetcher} reads the next requests' pods ahead in
 * batches, so that their cache misses overlap (it changes no result).
 */
package io.kubesim.traffic;
