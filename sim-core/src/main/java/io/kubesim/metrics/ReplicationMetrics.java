package io.kubesim.metrics;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.IntCountsHistogram;

/**
 * Outcome counters, latency histograms and time series of one replication. Memory is fixed by
 * the run length and bucket width, never by the number of requests: latencies go into
 * HdrHistograms (microsecond resolution, 3 significant digits overall, 2 per bucket).
 *
 * <p>Requests are classified by their lifetime, from the time they started ({@code start}) to
 * the client's verdict ({@code end}): started before the warm-up ends, they only count in the
 * time series; otherwise in the KPIs, "during the fault" when the lifetime overlaps the fault
 * window ({@code start < faultEnd} and {@code end >= faultStart}, so a request in flight when a
 * cut begins counts), and "after the fault" when it started at or after {@code faultEnd}. The
 * window bounds may be revised while the run goes on (a rolling update ends when it ends); a
 * request is classified when its outcome is recorded, which is never before it started.
 */
public final class ReplicationMetrics {
  private static final long MAX_MICROS = 3_600_000_000L;
  private static final int CAUSES = FailureCause.values().length;

  private final double warmUp;
  private final double duration;
  private final double bucketSeconds;
  private final int buckets;

  private double faultStart = Double.POSITIVE_INFINITY;
  private double faultEnd = Double.POSITIVE_INFINITY;

  // KPIs, after warm-up: [0] all, [1] during fault, [2] after fault
  private final long[] requests = new long[3];
  private final long[] successes = new long[3];
  private final long[] failuresByCause = new long[CAUSES];
  private long attempts;
  private final Histogram latency = new Histogram(MAX_MICROS, 3);

  // time series, all requests
  private final long[] bucketRequests;
  private final long[] bucketSuccesses;
  private final long[][] bucketFailures;
  private final IntCountsHistogram[] bucketLatency;
  private final double[] bucketReadyEndpoints;
  private final ExposureTracker exposure;

  private long restarts;
  private long evictions;
  private long falseUnready;
  private long falseEjections;
  private double detectionSeconds = Double.NaN;
  private boolean faultWithTargets;

  /** Metrics for a run of {@code duration} seconds. */
  public ReplicationMetrics(double warmUp, double duration, double bucketSeconds) {
    this.warmUp = warmUp;
    this.duration = duration;
    this.bucketSeconds = bucketSeconds;
    this.buckets = (int) Math.ceil(duration / bucketSeconds - 1e-9);
    bucketRequests = new long[buckets];
    bucketSuccesses = new long[buckets];
    bucketFailures = new long[CAUSES][buckets];
    bucketLatency = new IntCountsHistogram[buckets];
    bucketReadyEndpoints = new double[buckets];
    java.util.Arrays.fill(bucketReadyEndpoints, Double.NaN);
    exposure = new ExposureTracker(duration, bucketSeconds, buckets);
  }

  /** Exposure of clients to the faulty pods of the fault whose detection is measured. */
  public ExposureTracker exposure() {
    return exposure;
  }

  /** Sets where the fault window starts; requests still in flight from then on are "during". */
  public void setFaultStart(double t) {
    faultStart = Math.min(faultStart, t);
  }

  /** Sets where the fault window ends (the last fault healed or the last action completed). */
  public void setFaultEnd(double t) {
    faultEnd = t;
  }

  /** Start of the fault window, or +∞ without faults. */
  public double faultStart() {
    return faultStart;
  }

  /** End of the fault window, or +∞ if it never ends. */
  public double faultEnd() {
    return faultEnd;
  }

  /** A request that started at {@code start} succeeded at {@code end} after {@code tries}. */
  public void recordSuccess(double start, double end, int tries) {
    long micros = micros(end - start);
    int b = bucket(start);
    if (b >= 0) {
      bucketRequests[b]++;
      bucketSuccesses[b]++;
      IntCountsHistogram h = bucketLatency[b];
      if (h == null) {
        h = new IntCountsHistogram(MAX_MICROS, 2);
        bucketLatency[b] = h;
      }
      h.recordValue(micros);
    }
    if (start < warmUp) {
      return;
    }
    count(start, end, true, tries);
    latency.recordValue(micros);
  }

  /** A request that started at {@code start} failed at {@code end}, finally with {@code cause}. */
  public void recordFailure(double start, double end, FailureCause cause, int tries) {
    int b = bucket(start);
    if (b >= 0) {
      bucketRequests[b]++;
      bucketFailures[cause.ordinal()][b]++;
    }
    if (start < warmUp) {
      return;
    }
    count(start, end, false, tries);
    failuresByCause[cause.ordinal()]++;
  }

  private void count(double start, double end, boolean ok, int tries) {
    attempts += tries;
    requests[0]++;
    if (ok) {
      successes[0]++;
    }
    int w = start >= faultEnd ? 2 : end >= faultStart ? 1 : 0;
    if (w > 0) {
      requests[w]++;
      if (ok) {
        successes[w]++;
      }
    }
  }

  private int bucket(double start) {
    int b = (int) (start / bucketSeconds);
    return b < buckets ? b : -1;
  }

  private static long micros(double seconds) {
    return Math.min(MAX_MICROS, Math.max(0, Math.round(seconds * 1e6)));
  }

  /** Records the number of ready endpoints of the observed service at the end of bucket {@code b}. */
  public void recordReadyEndpoints(int b, double endpoints) {
    if (b >= 0 && b < buckets) {
      bucketReadyEndpoints[b] = endpoints;
    }
  }

  private boolean counted(double now) {
    return now >= warmUp && now < duration;
  }

  /** A container restarted at {@code now} (counted between warm-up and the end of the run). */
  public void recordRestart(double now) {
    if (counted(now)) {
      restarts++;
    }
  }

  /** The node lifecycle controller evicted a pod at {@code now}. */
  public void recordEviction(double now) {
    if (counted(now)) {
      evictions++;
    }
  }

  /** A healthy pod was marked unready at {@code now}. */
  public void recordFalseUnready(double now) {
    if (counted(now)) {
      falseUnready++;
    }
  }

  /** A mesh proxy ejected a healthy endpoint at {@code now}. */
  public void recordFalseEjection(double now) {
    if (counted(now)) {
      falseEjections++;
    }
  }

  /** A fault with faulty pods began (so detection is measured). */
  public void expectDetection() {
    faultWithTargets = true;
  }

  /**
   * At {@code now}, no kube-proxy routes to the faulty pods any more, {@code seconds} after the
   * fault began. Ignored after the end of the run.
   */
  public void recordDetection(double seconds, double now) {
    if (Double.isNaN(detectionSeconds) && now < duration) {
      detectionSeconds = seconds;
    }
  }

  /** Number of time-series buckets. */
  public int buckets() {
    return buckets;
  }

  /** Width of a bucket, seconds. */
  public double bucketSeconds() {
    return bucketSeconds;
  }

  /** The KPIs this object can compute by itself, in {@link Kpi} order where defined. */
  public Outcomes outcomes() {
    double[] fail = new double[CAUSES];
    for (int i = 0; i < CAUSES; i++) {
      fail[i] = requests[0] == 0 ? Double.NaN : failuresByCause[i] / (double) requests[0];
    }
    return new Outcomes(
        rate(0), rate(1), rate(2),
        quantile(50), quantile(90), quantile(99), quantile(99.9),
        faultWithTargets ? detectionSeconds : Double.NaN,
        faultWithTargets ? (Double.isNaN(detectionSeconds) ? 0 : 1) : Double.NaN,
        falseUnready, restarts, evictions, requests[0],
        requests[0] == 0 ? Double.NaN : attempts / (double) requests[0],
        fail, exposure.exposureFraction(), exposure.flaps(), falseEjections);
  }

  private double rate(int w) {
    return requests[w] == 0 ? Double.NaN : successes[w] / (double) requests[w];
  }

  private double quantile(double p) {
    return latency.getTotalCount() == 0 ? Double.NaN : latency.getValueAtPercentile(p) / 1e6;
  }

  /** The latency histogram of successful requests after warm-up (microseconds). */
  public Histogram latencyHistogram() {
    return latency;
  }

  /** Time series of this replication. */
  public Series series() {
    int n = buckets;
    double[] req = new double[n];
    double[] rate = new double[n];
    double[] p50 = new double[n];
    double[] p99 = new double[n];
    double[][] fail = new double[CAUSES][n];
    for (int b = 0; b < n; b++) {
      req[b] = bucketRequests[b];
      rate[b] = bucketRequests[b] == 0 ? Double.NaN : bucketSuccesses[b] / (double) bucketRequests[b];
      IntCountsHistogram h = bucketLatency[b];
      p50[b] = h == null ? Double.NaN : h.getValueAtPercentile(50) / 1e6;
      p99[b] = h == null ? Double.NaN : h.getValueAtPercentile(99) / 1e6;
      for (int c = 0; c < CAUSES; c++) {
        fail[c][b] = bucketFailures[c][b];
      }
    }
    return new Series(req, rate, p50, p99, fail, bucketReadyEndpoints.clone(),
        exposure.bucketExposedFraction());
  }

  /**
   * Per-replication KPI values (NaN where undefined).
   *
   * @param failureFractions fraction of requests failed per {@link FailureCause} ordinal
   * @param exposureFraction share of the tracked fault during which a healthy node routed to a
   *     faulty pod
   * @param faultyEndpointFlaps re-admissions of faulty pods into healthy nodes' routing during
   *     the tracked fault
   * @param falseEjections mesh ejections of healthy endpoints
   */
  public record Outcomes(
      double successRate, double successRateDuringFault, double successRateAfterFault,
      double p50, double p90, double p99, double p999, double detectionSeconds,
      double detected, double falseUnready, double restarts, double evictions, double requests,
      double attemptsPerRequest, double[] failureFractions, double exposureFraction,
      double faultyEndpointFlaps, double falseEjections) implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * Per-bucket series of one replication.
   *
   * @param requests requests started per bucket
   * @param successRate success rate per bucket
   * @param p50 median latency of successes per bucket, seconds
   * @param p99 99th percentile latency per bucket, seconds
   * @param failures failed requests per cause ordinal and bucket
   * @param readyEndpoints endpoints of the observed service at each bucket's end
   * @param exposedFraction share of each bucket during which a healthy node routed to a faulty
   *     pod (NaN without a tracked fault)
   */
  public record Series(
      double[] requests, double[] successRate, double[] p50, double[] p99, double[][] failures,
      double[] readyEndpoints, double[] exposedFraction) implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
  }
}
