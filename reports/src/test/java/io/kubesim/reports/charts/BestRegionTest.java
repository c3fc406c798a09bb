package io.kubesim.reports.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubesim.experiment.Estimate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The best point and the points whose CI overlaps it. */
class BestRegionTest {
  private static Estimate est(double mean, double half) {
    return new Estimate(mean, mean - half, mean + half, half, 10);
  }

  private static final List<Estimate> ESTIMATES = List.of(est(0.90, 0.01), est(0.97, 0.01),
      Estimate.empty(), est(0.955, 0.01), est(0.94, 0.004));

  @Test
  void best_takesTheKpisDirection_andSkipsMissingMeans() {
    assertEquals(1, BestRegion.best(ESTIMATES, true));
    assertEquals(0, BestRegion.best(ESTIMATES, false));
    assertEquals(-1, BestRegion.best(List.of(Estimate.empty()), true));
  }

  @Test
  void region_holdsThePointsWhoseIntervalOverlapsTheBests() {
    // best [0.96, 0.98]; 0.955 ± 0.01 reaches 0.965: overlaps; 0.94 ± 0.004 stops at 0.944.
    assertEquals(List.of(1, 3), BestRegion.region(ESTIMATES, 1));
    assertEquals(List.of(), BestRegion.region(ESTIMATES, -1));
  }
}
