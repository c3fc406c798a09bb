package io.kubesim.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesim.cluster.Pod;
import io.kubesim.experiment.Models;
import io.kubesim.world.World;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The readiness policies' rules, against hand-computed outcomes on one pod. */
class ReadinessChecksTest {
  private Pod pod;

  @BeforeEach
  void onePod() {
    World w = new Models().world();
    w.deployments[0].createInitialPods();
    pod = w.pods.get(0);
  }

  private static ThroughputCheck throughput(
      int minRequests, ProbeCheck.Readmission mode, double after) {
    return new ThroughputCheck(new ProbeCheck.Throughput(minRequests, mode, after));
  }

  @Test
  void registry_mapsEachPolicyNameToItsClass() {
    assertEquals(Set.of("http", "throughput"), ReadinessChecks.names());
    assertInstanceOf(HttpCheck.class, ReadinessChecks.create(new ProbeCheck.Http()));
    assertInstanceOf(ThroughputCheck.class, ReadinessChecks.create(
        new ProbeCheck.Throughput(1, ProbeCheck.Readmission.NONE, 0)));
    assertEquals(EnumSet.allOf(ProbeCheck.Readmission.class),
        ThroughputCheck.READMISSIONS.keySet());
  }

  @Test
  void http_passesWheneverThePodAnswered() {
    ReadinessCheck c = ReadinessChecks.create(new ProbeCheck.Http());
    c.start(pod, 0, false);
    assertTrue(c.passes(pod, 10));
  }

  @Test
  void throughput_countsRequestsSinceThePreviousProbe() {
    ThroughputCheck c = throughput(10, ProbeCheck.Readmission.NONE, 0);
    c.start(pod, 0, false);
    pod.served += 10;
    assertTrue(c.passes(pod, 10));
    pod.served += 9;
    assertFalse(c.passes(pod, 20));
  }

  @Test
  void throughput_steadyStateFirstProbeOnlySetsTheBaseline() {
    ThroughputCheck c = throughput(10, ProbeCheck.Readmission.NONE, 0);
    c.start(pod, 0, true);
    assertTrue(c.passes(pod, 10));
    assertFalse(c.passes(pod, 20));
  }

  @Test
  void throughputAfter_readmitsOnceUnreadyLongEnough() {
    ThroughputCheck c = throughput(10, ProbeCheck.Readmission.AFTER, 30);
    c.start(pod, 0, false);
    pod.kubeletReady = false;
    pod.kubeletUnreadySince = 5;
    assertFalse(c.passes(pod, 34.9));
    assertTrue(c.passes(pod, 35));
    pod.kubeletReady = true;
    assertFalse(c.passes(pod, 70));
  }

  @Test
  void throughputWhileInEndpoints_onlyIntervalsInEndpointsCount() {
    ThroughputCheck c = throughput(10, ProbeCheck.Readmission.WHILE_IN_ENDPOINTS, 0);
    c.start(pod, 0, false);
    pod.inEndpoints = false;
    assertTrue(c.passes(pod, 10));
    pod.inEndpoints = true;
    pod.lastEndpointExit = 5;
    assertFalse(c.passes(pod, 20));
    pod.lastEndpointExit = 25;
    assertTrue(c.passes(pod, 30));
  }

  /** Marks the pod unready at {@code at} and returns the first probe time that re-admits it. */
  private double readmittedAfter(ThroughputCheck c, double at) {
    pod.kubeletReady = false;
    pod.kubeletUnreadySince = at;
    double t = at;
    while (!c.passes(pod, t)) {
      t += 1;
    }
    pod.kubeletReady = true;
    return t - at;
  }

  @Test
  void throughputBackoff_doublesOnEachReFailureUpToTheMaximum() {
    ThroughputCheck c = throughput(10, ProbeCheck.Readmission.BACKOFF, 0);
    c.start(pod, 0, false);
    double t = 0;
    double[] expected = {10, 20, 40, 80, 160, 300, 300};
    for (double delay : expected) {
      assertEquals(delay, readmittedAfter(c, t));
      t += delay + 30; // ready for 30 s, then unready again: a re-failure
    }
  }

  @Test
  void throughputBackoff_resetsAfterTheResetTimeReadyWithoutFailing() {
    ThroughputCheck c = throughput(10, ProbeCheck.Readmission.BACKOFF, 0);
    c.start(pod, 0, false);
    assertEquals(10, readmittedAfter(c, 0));
    assertEquals(20, readmittedAfter(c, 100));   // re-admitted at 10, failed 90 s later
    assertEquals(40, readmittedAfter(c, 719));   // re-admitted at 120: 599 s < 600 s
    assertEquals(10, readmittedAfter(c, 1359));  // re-admitted at 759: 600 s ready, reset
  }

  @Test
  void throughputBackoff_followsItsConfiguredTimes() {
    ThroughputCheck c = new ThroughputCheck(new ProbeCheck.Throughput(10,
        ProbeCheck.Readmission.BACKOFF, 0, new ProbeCheck.Backoff(5, 12, 60)));
    c.start(pod, 0, false);
    assertEquals(5, readmittedAfter(c, 0));
    assertEquals(10, readmittedAfter(c, 20));
    assertEquals(12, readmittedAfter(c, 40));
    assertEquals(5, readmittedAfter(c, 112));    // re-admitted at 52: 60 s ready, reset
  }

  @Test
  void throughputBackoff_aPodThatServesEnoughPassesWhateverTheBackoff() {
    ThroughputCheck c = throughput(10, ProbeCheck.Readmission.BACKOFF, 0);
    c.start(pod, 0, false);
    pod.kubeletReady = false;
    pod.kubeletUnreadySince = 0;
    pod.served += 10;
    assertTrue(c.passes(pod, 1));
  }

  @Test
  void backoff_refusesAMaximumBelowTheInitialDelay() {
    assertThrows(IllegalArgumentException.class,
        () -> new ProbeCheck.Backoff(20, 10, 600));
  }
}
