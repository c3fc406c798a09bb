package io.kubesim.validation;

/** Textbook queueing formulas, written from Kleinrock (1975) and Gross &amp; Harris. */
final class QueueingFormulas {
  private QueueingFormulas() {}

  /** Mean wait in queue of M/M/c: C(c, a) / (c μ − λ), with Erlang's C formula. */
  static double erlangCWait(int c, double lambda, double mu) {
    double a = lambda / mu;
    double rho = a / c;
    double sum = 0;
    double term = 1;
    for (int k = 0; k < c; k++) {
      if (k > 0) {
        term *= a / k;
      }
      sum += term;
    }
    double last = term * a / c / (1 - rho);
    double erlangC = last / (sum + last);
    return erlangC / (c * mu - lambda);
  }

  /** Probability that an arrival finds an M/M/c/K system full (K in the system at most). */
  static double mmckBlocking(int c, int k, double lambda, double mu) {
    double a = lambda / mu;
    double[] p = new double[k + 1];
    p[0] = 1;
    for (int n = 1; n <= k; n++) {
      p[n] = p[n - 1] * a / Math.min(n, c);
    }
    double total = 0;
    for (double x : p) {
      total += x;
    }
    return p[k] / total;
  }
}
