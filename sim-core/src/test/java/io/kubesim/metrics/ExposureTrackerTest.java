package io.kubesim.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Exposure time and flaps against hand-computed timelines. */
class ExposureTrackerTest {

  @Test
  void neverRemoved_isExposedTheWholeFault_withoutFlaps() {
    ExposureTracker t = new ExposureTracker(300, 10, 30);
    t.beginFault(60, true);
    t.endFault(180);
    assertEquals(1.0, t.exposureFraction(), 1e-12);
    assertEquals(0, t.flaps());
  }

  @Test
  void removedAt34_readmittedAt65_removedAt95_isExposedFor64Of120Seconds_withOneFlap() {
    ExposureTracker t = new ExposureTracker(300, 10, 30);
    t.beginFault(60, true);
    t.update(94, false);
    t.update(125, true);
    t.update(125, true);
    t.update(155, false);
    t.endFault(180);
    assertEquals((34 + 30) / 120.0, t.exposureFraction(), 1e-12);
    assertEquals(1, t.flaps());
    double[] b = t.bucketExposedFraction();
    assertEquals(0, b[5], 1e-12);
    assertEquals(1, b[6], 1e-12);
    assertEquals(0.4, b[9], 1e-12);
    assertEquals(0, b[10], 1e-12);
    assertEquals(0.5, b[12], 1e-12);
    assertEquals(1, b[13], 1e-12);
    assertEquals(0.5, b[15], 1e-12);
    assertEquals(0, b[16], 1e-12);
  }

  @Test
  void changesOutsideTheFault_areIgnored() {
    ExposureTracker t = new ExposureTracker(300, 10, 30);
    t.update(10, true);
    t.beginFault(60, false);
    t.endFault(100);
    t.update(120, true);
    assertEquals(0, t.exposureFraction(), 1e-12);
    assertEquals(0, t.flaps());
    t.beginFault(150, true);
    assertEquals(0, t.exposureFraction(), 1e-12);
  }

  @Test
  void aFaultOpenAtTheRunsEnd_countsUpToTheEnd_andLaterChangesAreClipped() {
    ExposureTracker t = new ExposureTracker(100, 10, 10);
    t.beginFault(50, false);
    t.update(80, true);
    t.update(105, false);
    t.update(106, true);
    assertEquals(20 / 50.0, t.exposureFraction(), 1e-12);
    assertEquals(1, t.flaps(), "a re-admission after the run's end is not counted");
    assertEquals(20 / 50.0, t.exposureFraction(), 1e-12);
    assertEquals(1, t.bucketExposedFraction()[9], 1e-12);
  }

  @Test
  void withoutATrackedFault_everythingIsNaN() {
    ExposureTracker t = new ExposureTracker(95, 10, 10);
    assertTrue(Double.isNaN(t.exposureFraction()));
    assertTrue(Double.isNaN(t.flaps()));
    double[] nan = new double[10];
    java.util.Arrays.fill(nan, Double.NaN);
    assertArrayEquals(nan, t.bucketExposedFraction());
  }

  @Test
  void theLastShortBucket_isAShareOfItsOwnWidth() {
    ExposureTracker t = new ExposureTracker(95, 10, 10);
    t.beginFault(90, true);
    assertEquals(1, t.bucketExposedFraction()[9], 1e-12);
  }
}
