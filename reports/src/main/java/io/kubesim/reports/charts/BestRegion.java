package io.kubesim.reports.charts;

import io.kubesim.experiment.Estimate;
import java.util.ArrayList;
import java.util.List;

/**
 * The best point of a sweep for one KPI, and the best region: the points whose 95 % confidence
 * interval overlaps the best point's, i.e. those the replications cannot tell apart from the
 * best. A KPI with no better direction has no best point.
 */
final class BestRegion {
  private BestRegion() {}

  /**
   * The index of the best estimate in {@code estimates} (the highest mean when
   * {@code higherIsBetter}, else the lowest; NaN means are skipped), or -1 when none has a mean.
   */
  static int best(List<Estimate> estimates, boolean higherIsBetter) {
    int best = -1;
    for (int i = 0; i < estimates.size(); i++) {
      double m = estimates.get(i).mean();
      if (!Double.isFinite(m)) {
        continue;
      }
      if (best < 0 || (higherIsBetter ? m > estimates.get(best).mean()
          : m < estimates.get(best).mean())) {
        best = i;
      }
    }
    return best;
  }

  /**
   * The indexes of the estimates in the best region of {@code estimates[best]}: its own, and
   * every other whose confidence interval overlaps the best's (an estimate without an interval,
   * from one replication, counts as its mean).
   */
  static List<Integer> region(List<Estimate> estimates, int best) {
    List<Integer> out = new ArrayList<>();
    if (best < 0) {
      return out;
    }
    Estimate b = estimates.get(best);
    double bLow = low(b);
    double bHigh = high(b);
    for (int i = 0; i < estimates.size(); i++) {
      Estimate e = estimates.get(i);
      if (Double.isFinite(e.mean()) && low(e) <= bHigh && high(e) >= bLow) {
        out.add(i);
      }
    }
    return out;
  }

  private static double low(Estimate e) {
    return Double.isFinite(e.ciLow()) ? e.ciLow() : e.mean();
  }

  private static double high(Estimate e) {
    return Double.isFinite(e.ciHigh()) ? e.ciHigh() : e.mean();
  }
}
