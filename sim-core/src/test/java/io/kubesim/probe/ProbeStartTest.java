package io.kubesim.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** When a probe worker first probes, as {@code prober/worker.go} decides. */
class ProbeStartTest {

  @Test
  void aKubeletStartedLessThanAPeriodAgo_sleepsARandomFractionOfThePeriod() {
    assertEquals(3.7, ProbeWorker.firstProbeDelay(0, 10, 0, true, 0.37), 1e-12);
    assertEquals(3.7, ProbeWorker.firstProbeDelay(9.9, 10, 0, false, 0.37), 1e-12);
  }

  @Test
  void afterTheRandomSleep_ticksBeforeInitialDelayAreSkipped() {
    // Sleep 3.7 s, ticks at 3.7, 13.7, 23.7: the first at or after 15 s is 23.7.
    assertEquals(23.7, ProbeWorker.firstProbeDelay(0, 10, 15, false, 0.37), 1e-12);
    // A container that has long been running has no initial delay left.
    assertEquals(3.7, ProbeWorker.firstProbeDelay(0, 10, 15, true, 0.37), 1e-12);
  }

  @Test
  void aContainerStartedLater_isProbedAfterInitialDelay_withoutRandomWait() {
    assertEquals(0, ProbeWorker.firstProbeDelay(10, 10, 0, false, 0.37), 1e-12);
    assertEquals(15, ProbeWorker.firstProbeDelay(500, 10, 15, false, 0.99), 1e-12);
  }
}
