package io.kubesim.cluster;

/**
 * One container's restart back-off, as the kubelet keeps it: {@code doBackOff} in
 * {@code pkg/kubelet/kuberuntime/kuberuntime_manager.go} over client-go's
 * {@code flowcontrol.Backoff} ({@code NewBackOff(backOffPeriod 10 s, MaxContainerBackOff 300 s)},
 * no jitter).
 *
 * <p>When a container exits, the kubelet restarts it unless it is in back-off: its entry exists,
 * has not expired, and less than the entry's back-off has passed since the exit. A container
 * without an entry (its first exit), or whose exit came more than {@code resetAfter} (2 × the cap:
 * 10 min) after the entry's last update, restarts at once and gets a fresh entry of
 * {@code initial}. Otherwise it restarts when the back-off since the exit has passed, and the
 * entry doubles (up to the cap). The delays of consecutive restarts are therefore 0, 10, 20, 40,
 * 80, 160, 300, 300 … s. Times are seconds of simulated time, passed in; nothing here reads a
 * clock. Not modelled: the pod worker's requeue jitter (it re-syncs a pod in back-off up to half
 * the remaining back-off late).
 */
public final class CrashLoopBackOff {
  private final double initialSeconds;
  private final double maxSeconds;
  private final double resetAfterSeconds;
  private double backoffSeconds = Double.NaN;
  private double lastUpdate = Double.NaN;

  /** A back-off with no entry yet. */
  public CrashLoopBackOff(double initialSeconds, double maxSeconds, double resetAfterSeconds) {
    this.initialSeconds = initialSeconds;
    this.maxSeconds = maxSeconds;
    this.resetAfterSeconds = resetAfterSeconds;
  }

  /** The back-off of {@code config}. */
  public static CrashLoopBackOff of(KubeletConfig config) {
    return new CrashLoopBackOff(config.crashLoopInitialBackoffSeconds(),
        config.crashLoopMaxBackoffSeconds(), config.crashLoopResetSeconds());
  }

  /**
   * The container exited at {@code exitTime}: returns how long after the exit the kubelet
   * restarts it, and updates the entry as the restart does ({@code Backoff.Next} at the restart).
   */
  public double onExit(double exitTime) {
    boolean fresh = Double.isNaN(backoffSeconds) || exitTime - lastUpdate > resetAfterSeconds;
    double delay;
    if (fresh) {
      delay = 0;
      backoffSeconds = initialSeconds;
    } else {
      delay = backoffSeconds;
      backoffSeconds = Math.min(2 * backoffSeconds, maxSeconds);
    }
    lastUpdate = exitTime + delay;
    return delay;
  }
}
