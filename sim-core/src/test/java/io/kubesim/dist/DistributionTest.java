package io.kubesim.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DistributionTest {
  @Test
  void logNormal_hasTheGivenMedianAndP99() {
    Distribution.LogNormal d = new Distribution.LogNormal(0.02, 0.2);
    assertEquals(0.02, d.quantile(0.5), 1e-12);
    assertEquals(0.2, d.quantile(0.99), 1e-9);
  }

  @Test
  void exponential_quantileIsInverseCdf() {
    assertEquals(Math.log(2) * 3, new Distribution.Exponential(3).quantile(0.5), 1e-12);
  }

  @Test
  void invalidParameters_areRejectedWithTheFieldName() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Distribution.Exponential(-1));
    assertEquals("exponential mean must be a finite value > 0, got -1.0", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Distribution.LogNormal(1, 0.5));
  }
}
