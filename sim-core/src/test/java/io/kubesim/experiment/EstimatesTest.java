package io.kubesim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EstimatesTest {
  @Test
  void of_computesStudentTInterval() {
    // mean 3, sd sqrt(2.5), n 5, t(0.975, 4) = 2.776445
    Estimate e = Estimates.of(new double[] {1, 2, 3, 4, 5});
    assertEquals(3, e.mean(), 1e-12);
    assertEquals(Math.sqrt(2.5), e.stdDev(), 1e-12);
    assertEquals(2.776445105 * Math.sqrt(2.5) / Math.sqrt(5), e.halfWidth(), 1e-8);
  }

  @Test
  void of_skipsNaN_andIsEmptyWithoutData() {
    assertEquals(2, Estimates.of(new double[] {Double.NaN, 2, 2}).n());
    assertTrue(Double.isNaN(Estimates.of(new double[] {Double.NaN}).mean()));
  }

  @Test
  void pairedDifference_usesPairsOnly() {
    Estimate d = Estimates.pairedDifference(new double[] {1, 2, Double.NaN}, new double[] {2, 4, 5});
    assertEquals(2, d.n());
    assertEquals(1.5, d.mean(), 1e-12);
    assertTrue(Estimates.pairedDifference(new double[] {1, 1, 1}, new double[] {2, 2.1, 1.9})
        .excludesZero());
  }
}
