package io.kubesim.traffic;

import io.kubesim.config.Checks;
import java.util.List;

/**
 * A population of clients sending requests to one service.
 *
 * @param name client name
 * @param service the target service
 * @param external true: outside the cluster, through a cloud load balancer to a node's NodePort;
 *     false: pods on {@code nodes} calling the service
 * @param nodes for in-cluster clients, the nodes they run on (empty = every node); each request
 *     starts on one of them chosen uniformly. Client pods are evicted like any others: once a
 *     node has been NotReady for the toleration period, its share of requests starts on the
 *     client's other nodes; while a node is crashed, its share is not sent
 * @param arrivals arrival process
 * @param connections connection reuse
 * @param retries retry policy
 * @param connectTimeoutSeconds connect timeout (Go's dialer: 30 s)
 * @param requestTimeoutSeconds deadline of one attempt from its start, connect included
 * @param lbHealthCheckSeconds external only: the load balancer's node health-check period
 */
public record ClientConfig(
    String name,
    String service,
    boolean external,
    List<String> nodes,
    Arrivals arrivals,
    ConnectionConfig connections,
    RetryConfig retries,
    double connectTimeoutSeconds,
    double requestTimeoutSeconds,
    double lbHealthCheckSeconds) {
  public ClientConfig {
    Checks.name("client.name", name);
    Checks.name("client.service", service);
    nodes = List.copyOf(nodes == null ? List.of() : nodes);
    if (arrivals == null || connections == null || retries == null) {
      throw new IllegalArgumentException("client " + name + " needs arrivals, connections, retries");
    }
    Checks.positive("client.connectTimeoutSeconds", connectTimeoutSeconds);
    Checks.positive("client.requestTimeoutSeconds", requestTimeoutSeconds);
    Checks.positive("client.lbHealthCheckSeconds", lbHealthCheckSeconds);
  }
}
