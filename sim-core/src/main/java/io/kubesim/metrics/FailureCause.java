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
  SERVICE_UNAVAILABLE("http503"),
  /**
   * The cluster DNS lookup of the service's name failed: every query timed out, kube-dns had no
   * endpoints, or the connect deadline passed during the lookup.
   */
  DNS_FAILURE("dnsFailure");

  private final String key;

  FailureCause(String key) {
    this.key = key;
  }

  /** The name used in results files. */
  public String key() {
    return key;
  }
}
