package io.kubesim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReplicationMetricsTest {
  @Test
  void duringFault_countsEveryRequestWhoseLifetimeOverlapsTheWindow() {
    ReplicationMetrics m = new ReplicationMetrics(10, 100, 5);
    m.setFaultStart(50);
    m.setFaultEnd(51);
    m.recordSuccess(40, 45, 1); // ended before the fault: not during
    m.recordFailure(49.9, 55, FailureCause.REQUEST_TIMEOUT, 1); // in flight at the start
    m.recordSuccess(50.5, 50.6, 1); // started and ended inside
    m.recordSuccess(50.9, 52, 1); // started inside, ended after
    m.recordSuccess(51, 51.1, 1); // started at the heal: after
    ReplicationMetrics.Outcomes o = m.outcomes();
    assertEquals(2 / 3.0, o.successRateDuringFault(), 1e-12);
    assertEquals(1.0, o.successRateAfterFault(), 1e-12);
    assertEquals(4 / 5.0, o.successRate(), 1e-12);
  }

  @Test
  void duringFault_isUndefinedWithoutAFault() {
    ReplicationMetrics m = new ReplicationMetrics(0, 100, 5);
    m.recordSuccess(40, 45, 1);
    assertEquals(Double.NaN, m.outcomes().successRateDuringFault());
  }
}
