package io.kubesim.mesh;

import io.kubesim.cluster.Pod;

/**
 * One endpoint as one proxy sees it: requests in flight, outlier-detection state (Envoy's
 * {@code DetectorHostMonitorImpl}, gRPC A50) and Linkerd's latency estimate and failure accrual.
 * A host that leaves the view and comes back is a new host, as in Envoy and Linkerd.
 */
final class Host {
  final Pod pod;
  /** Requests this proxy has in flight to the host. */
  int active;

  boolean ejected;
  int consecutive5xx;
  int consecutiveGatewayFailure;
  int consecutiveLocalOriginFailure;
  /** Envoy's ejection-time multiplier: +1 per ejection, −1 per healthy interval after return. */
  int ejectTimeBackoff;
  int ejections;
  double lastEjection = Double.NaN;
  double lastUnejection = Double.NaN;
  double jitterSeconds;

  /** Success-rate buckets: the interval being written and the one that ended. */
  long externalTotal;
  long externalSuccess;
  long externalTotalPrevious;
  long externalSuccessPrevious;
  long localTotal;
  long localSuccess;
  long localTotalPrevious;
  long localSuccessPrevious;

  /** Peak-EWMA RTT estimate, seconds, and when it was last updated (Linkerd). */
  double rttEstimate = Double.NaN;
  double rttUpdatedAt;
  /** Failure accrual (Linkerd): consecutive failures, trips in a row, state. */
  int consecutiveFailures;
  int trips;
  boolean penalised;
  boolean probing;
  /** gRPC subchannel: consecutive connection failures, and until when it is in back-off. */
  int connectFailures;
  double backoffUntil = Double.NEGATIVE_INFINITY;
  /** The index of the host in its balancer's list of available hosts, or −1. */
  int availableIndex = -1;

  Host(Pod pod) {
    this.pod = pod;
  }

  /** Starts a new success-rate interval (Envoy's bucket swap at each sweep). */
  void swapBuckets() {
    externalTotalPrevious = externalTotal;
    externalSuccessPrevious = externalSuccess;
    localTotalPrevious = localTotal;
    localSuccessPrevious = localSuccess;
    externalTotal = 0;
    externalSuccess = 0;
    localTotal = 0;
    localSuccess = 0;
  }
}
