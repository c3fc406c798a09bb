package io.kubesim.metrics;

import java.io.Serializable;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * What one replication produced. Serializable (once its latency histogram is pooled or dropped),
 * so that a distributed sweep engine can ship it from an executor to the driver.
 *
 * @param outcomes per-replication KPI values
 * @param capacityLostAfterHeal time-averaged fraction of desired replicas missing after healing
 * @param servedImbalance max/mean requests served over the observed service's pods
 * @param series time series in fixed buckets
 * @param latency latency histogram of successful requests after warm-up (µs)
 * @param pods requests served per pod of the observed service's deployments
 * @param membership endpoint membership intervals (only when asked for)
 * @param attemptObjects attempt objects allocated: the peak number in flight, since they are
 *     pooled (memory grows with concurrency, not with the number of requests)
 */
public record ReplicationOutput(
    ReplicationMetrics.Outcomes outcomes,
    double capacityLostAfterHeal,
    double servedImbalance,
    ReplicationMetrics.Series series,
    Histogram latency,
    List<PodServed> pods,
    List<MembershipInterval> membership,
    int attemptObjects) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The same output without its latency histogram (once that has been pooled). */
  public ReplicationOutput withoutLatency() {
    return new ReplicationOutput(outcomes, capacityLostAfterHeal, servedImbalance, series, null,
        pods, membership, attemptObjects);
  }

  /** Requests served by one pod. */
  public record PodServed(String pod, String node, long served) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** A pod in the observed service's endpoints from one time to another. */
  public record MembershipInterval(String pod, double fromSeconds, double toSeconds)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * The part of this interval within a run that ends at {@code endSeconds}: empty when it
     * starts at or after the end (endpoints that changed while in-flight requests drained).
     */
    public java.util.Optional<MembershipInterval> within(double endSeconds) {
      if (fromSeconds >= endSeconds) {
        return java.util.Optional.empty();
      }
      return java.util.Optional.of(toSeconds <= endSeconds ? this
          : new MembershipInterval(pod, fromSeconds, endSeconds));
    }
  }
}
