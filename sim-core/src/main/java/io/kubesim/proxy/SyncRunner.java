package io.kubesim.proxy;

import io.kubesim.engine.Timer;
import umontreal.ssj.simevents.Simulator;

/**
 * When kube-proxy rewrites its rules: the {@code BoundedFrequencyRunner} of
 * {@code pkg/util/async/bounded_frequency_runner.go} that drives {@code syncProxyRules}, with a
 * sync that takes time.
 *
 * <p>A request to sync runs one at once if the token bucket (rate {@code 1/minSyncPeriod},
 * capacity {@code burst}, full at start; golang.org/x/time/rate via {@code flowcontrol}) has a
 * token; otherwise the request is coalesced with any other into one run at {@code minSyncPeriod}
 * after the last run <em>completed</em> (from completion to next start). With
 * {@code minSyncPeriod} 0 every request runs at once (the runner's null limiter). A run reads the
 * endpoint changes when it starts and its rules take effect when it completes,
 * {@code syncDuration} later (iptables-restore at the end of {@code syncProxyRules}); requests
 * that arrive meanwhile are tried when it completes, as the runner's loop only takes them then.
 *
 * <p>Not modelled: the periodic resync every {@code syncPeriod} (30 s), which applies no change
 * but takes a token; with burst 2 it delays a change only when two more arrive within one
 * {@code minSyncPeriod} of it.
 */
final class SyncRunner {
  private final Simulator sim;
  private final double minInterval;
  private final int burst;
  private final double duration;
  private final Runnable begin;
  private final Runnable complete;
  private final Timer tryTimer;
  private final Timer doneTimer;

  private double tokens;
  private double tokensAt;
  private double lastRun = Double.NEGATIVE_INFINITY;
  private boolean running;
  private boolean requestedWhileRunning;

  /**
   * A runner; {@code begin} reads the changes when a run starts, {@code complete} applies them
   * when it completes ({@code durationSeconds} later, at once when that is 0).
   */
  SyncRunner(Simulator sim, double minIntervalSeconds, int burst, double durationSeconds,
      Runnable begin, Runnable complete) {
    this.sim = sim;
    this.minInterval = minIntervalSeconds;
    this.burst = burst;
    this.duration = durationSeconds;
    this.begin = begin;
    this.complete = complete;
    this.tokens = burst;
    this.tokensAt = 0;
    this.tryTimer = new Timer(sim, this::tryRun);
    this.doneTimer = new Timer(sim, this::finish);
  }

  /**
   * Asks for a sync as soon as the limits allow (the runner's {@code Run}). A deferred run is
   * brought forward when a token comes back before its time.
   */
  void request() {
    if (running) {
      requestedWhileRunning = true;
      return;
    }
    double at = earliestStart(sim.time());
    if (!Timer.pending(tryTimer) || at < tryTimer.time()) {
      Timer.scheduleAt(tryTimer, at);
    }
  }

  /** Now if a token is there, else when the runner would try again. */
  private double earliestStart(double now) {
    if (minInterval == 0 || tokensAt(now) >= 1 - 1e-9) {
      return now;
    }
    return Math.max(lastRun + minInterval, now + (1 - tokensAt(now)) * minInterval);
  }

  private void tryRun() {
    double now = sim.time();
    if (!tryAccept(now)) {
      Timer.scheduleAt(tryTimer, earliestStart(now));
      return;
    }
    running = true;
    begin.run();
    if (duration > 0) {
      doneTimer.schedule(duration);
    } else {
      finish();
    }
  }

  private void finish() {
    complete.run();
    running = false;
    lastRun = sim.time();
    if (requestedWhileRunning) {
      requestedWhileRunning = false;
      request();
    }
  }

  private double tokensAt(double now) {
    return Math.min(burst, tokens + (now - tokensAt) / minInterval);
  }

  /** Takes a token if one is there at {@code now}. */
  private boolean tryAccept(double now) {
    if (minInterval == 0) {
      return true;
    }
    tokens = tokensAt(now);
    tokensAt = now;
    if (tokens >= 1 - 1e-9) {
      tokens = Math.max(0, tokens - 1);
      return true;
    }
    return false;
  }
}
