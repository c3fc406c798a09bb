package io.kubesim.traffic;

import io.kubesim.config.Checks;

/**
 * How a client uses TCP connections.
 *
 * @param keepAlive false: one connection per request; true: a pool of idle connections per client
 *     node, reused while they last (each stays on the endpoint it was opened to)
 * @param maxIdlePerNode idle connections kept per client node and service
 * @param idleTimeoutSeconds an idle connection older than this is closed (90 s, Go's default)
 */
public record ConnectionConfig(boolean keepAlive, int maxIdlePerNode, double idleTimeoutSeconds) {
  public ConnectionConfig {
    Checks.inRange("connections.maxIdlePerNode", maxIdlePerNode, 0, 1_000_000);
    Checks.positive("connections.idleTimeoutSeconds", idleTimeoutSeconds);
  }

  /** One connection per request. */
  public static ConnectionConfig perRequest() {
    return new ConnectionConfig(false, 0, 90);
  }
}
