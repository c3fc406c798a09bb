package io.kubesim.metrics;

/** Why a request failed, as the client saw it on its last attempt. */
public enum FailureCause {
  /** The TCP handshake did not complete before the connect timeout (or SYN retries ran out). */
  CONNECT_TIMEOUT("connectTimeout"),
  /** Connected, but no response before the request timeout. */
  REQUEST_TIMEOUT("requestTimeout"),
  /** RST on connect: the host is up but nothing listens (container down, pod shutting down). */
  REFUSED("refused"),
  /** The connection was reset mid-request (container killed). */
  RESET("reset"),
  /** The service had no endpoints in the client node's view: rejected at once. */
  NO_ENDPOINTS("noEndpoints"),
  /** The pod's queue was full: HTTP 503. */
  SERVICE_UNAVAILABLE("http503");

  private final String key;

  FailureCause(String key) {
    this.key = key;
  }

  /** The name used in results files. */
  public String key() {
    return key;
  }
}
