/**
 * Traffic: clients inside the cluster (pod to service) and outside it (cloud load balancer to a
 * NodePort), arrival processes, connection reuse, timeouts and retries.
 */
package io.kubesim.traffic;
