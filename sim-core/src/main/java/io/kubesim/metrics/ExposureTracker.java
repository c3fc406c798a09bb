package io.kubesim.metrics;

/**
 * Integrates, over one fault, the time during which clients are exposed to a faulty pod: some
 * healthy node's load balancer (its kube-proxy rules) still routes new connections to a pod the
 * fault made faulty. A readiness policy that removes the pod and later re-admits it while the
 * fault lasts ("flapping") is exposed again; each re-exposure counts as a flap.
 *
 * <p>The tracker takes the time as an argument and never reads a clock. The window is
 * {@code [begin, end)}, clipped to the run's {@code [0, duration)}: a fault still active when the
 * run ends is measured up to the run's end. Exposure is also kept per time bucket, as the share
 * of the bucket's width during which clients were exposed.
 */
public final class ExposureTracker {
  private final double duration;
  private final double bucketSeconds;
  private final double[] bucketExposed;

  private boolean measured;
  private boolean open;
  private boolean exposed;
  private double begin;
  private double end = Double.NaN;
  private double since;
  private double exposedSeconds;
  private long flaps;

  /** A tracker for a run of {@code duration} seconds in buckets of {@code bucketSeconds}. */
  public ExposureTracker(double duration, double bucketSeconds, int buckets) {
    this.duration = duration;
    this.bucketSeconds = bucketSeconds;
    this.bucketExposed = new double[buckets];
  }

  /**
   * The tracked fault began at {@code now}; {@code exposedNow} says whether a healthy node
   * routes to a faulty pod at once. Only the first call counts (one fault is tracked).
   */
  public void beginFault(double now, boolean exposedNow) {
    if (measured) {
      return;
    }
    measured = true;
    open = true;
    begin = now;
    since = now;
    exposed = exposedNow;
  }

  /**
   * At {@code now}, whether a healthy node routes to a faulty pod. A change from unexposed to
   * exposed while the fault lasts is a flap (the pod was re-admitted).
   */
  public void update(double now, boolean exposedNow) {
    if (!open || exposedNow == exposed) {
      return;
    }
    close(now);
    if (exposedNow && now < duration) {
      flaps++;
    }
    exposed = exposedNow;
  }

  /** The tracked fault healed at {@code now}. */
  public void endFault(double now) {
    if (!open) {
      return;
    }
    close(now);
    open = false;
    end = now;
  }

  /** Adds the exposure from {@code since} to {@code now} (clipped to the run) and restarts there. */
  private void close(double now) {
    if (exposed) {
      double from = Math.min(Math.max(since, 0), duration);
      double to = Math.min(Math.max(now, 0), duration);
      if (to > from) {
        exposedSeconds += to - from;
        addToBuckets(from, to);
      }
    }
    since = now;
  }

  private void addToBuckets(double from, double to) {
    int b = (int) (from / bucketSeconds);
    while (b < bucketExposed.length && b * bucketSeconds < to) {
      double lo = Math.max(from, b * bucketSeconds);
      double hi = Math.min(to, (b + 1) * bucketSeconds);
      if (hi > lo) {
        bucketExposed[b] += hi - lo;
      }
      b++;
    }
  }

  /** Counts a fault still open up to the run's end (later exposure is clipped away anyway). */
  private void countOpenFault() {
    if (open) {
      close(duration);
    }
  }

  /** Whether a fault was tracked at all. */
  public boolean measured() {
    return measured;
  }

  /**
   * The share of the fault (up to the run's end if it had not healed by then) during which a
   * healthy node routed to a faulty pod; NaN without a tracked fault or when it lasted no time
   * within the run.
   */
  public double exposureFraction() {
    if (!measured) {
      return Double.NaN;
    }
    countOpenFault();
    double to = Math.min(open ? duration : end, duration);
    double length = to - Math.max(begin, 0);
    return length > 0 ? exposedSeconds / length : Double.NaN;
  }

  /** Re-admissions of faulty pods into healthy nodes' routing while the fault lasted; NaN without a tracked fault. */
  public double flaps() {
    return measured ? flaps : Double.NaN;
  }

  /**
   * Per bucket, the share of its width during which a healthy node routed to a faulty pod (0
   * outside the fault); NaN everywhere without a tracked fault. A fault still open counts up to
   * the run's end.
   */
  public double[] bucketExposedFraction() {
    countOpenFault();
    double[] out = new double[bucketExposed.length];
    for (int b = 0; b < out.length; b++) {
      double width = Math.min(bucketSeconds, duration - b * bucketSeconds);
      out[b] = measured && width > 0 ? bucketExposed[b] / width : Double.NaN;
    }
    return out;
  }
}
