package io.kubesim.mesh;

/**
 * Peak-EWMA latency arithmetic (tower {@code load/peak_ewma.rs}, after Finagle): a response slower
 * than the estimate replaces it at once; a faster one is blended in by the time since the last
 * update; reading the estimate decays it towards zero (an update with RTT 0), so an idle endpoint
 * looks cheaper over time. Cost = estimate × (pending + 1).
 */
final class PeakEwma {
  private PeakEwma() {}

  /** The estimate at {@code now} after the decay since {@code updatedAt}, time constant τ. */
  static double decayed(double estimate, double updatedAt, double now, double tau) {
    return estimate * Math.exp(-(now - updatedAt) / tau);
  }

  /** The estimate after a response of {@code rtt} seconds at {@code now}. */
  static double observe(double estimate, double updatedAt, double rtt, double now, double tau) {
    if (estimate < rtt) {
      return rtt;
    }
    double decay = Math.exp(-(now - updatedAt) / tau);
    return estimate * decay + rtt * (1 - decay);
  }

  /** The load of an endpoint: its estimate × (requests pending + 1). */
  static double cost(double estimate, int pending) {
    return estimate * (pending + 1);
  }
}
