package io.kubesim.proxy;

import io.kubesim.cluster.Pod;

/**
 * One client IP's entry in a service's {@code sessionAffinity: ClientIP} table (the iptables
 * {@code recent} module / IPVS persistence): the endpoint its connections stick to and when the
 * entry expires, in seconds of simulated time. kube-proxy keys the table by the source IP, so
 * every client pod has its own entry; two pods on one node do not share one.
 */
public final class AffinityEntry {
  Pod pod;
  double expirySeconds;
}
