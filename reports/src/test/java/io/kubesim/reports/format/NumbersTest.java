package io.kubesim.reports.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubesim.experiment.Estimate;
import org.junit.jupiter.api.Test;

/** How estimates read on the page, including the ones without an interval. */
class NumbersTest {

  @Test
  void interval_twoOrMoreReplications_isInBrackets() {
    assertEquals("[83.10, 84.02]",
        Numbers.interval(new Estimate(0.8356, 0.8310, 0.8402, 0.01, 20), "fraction"));
  }

  @Test
  void interval_oneReplication_saysWhyThereIsNone() {
    Estimate one = new Estimate(0.5, Double.NaN, Double.NaN, Double.NaN, 1);
    assertEquals("n/a (1 replication)", Numbers.interval(one, "fraction"));
    assertEquals("50.00 %", Numbers.value(one.mean(), "fraction"));
  }

  @Test
  void interval_noValue_isEmpty() {
    assertEquals("", Numbers.interval(Estimate.empty(), "fraction"));
  }
}
