package io.kubesim.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubesim.engine.Timer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import umontreal.ssj.simevents.Simulator;

/**
 * The sync timing of {@code BoundedFrequencyRunner} (token bucket of rate 1/minInterval and
 * capacity burst, full at start; deferred runs at minInterval after the last run completed),
 * against hand-computed schedules.
 */
class SyncRunnerTest {

  /** Start and completion times of the syncs for requests at {@code at}. */
  private static List<List<Double>> run(double minInterval, int burst, double duration,
      double... at) {
    Simulator sim = new Simulator();
    sim.init();
    List<Double> begins = new ArrayList<>();
    List<Double> completes = new ArrayList<>();
    SyncRunner r = new SyncRunner(sim, minInterval, burst, duration,
        () -> begins.add(sim.time()), () -> completes.add(sim.time()));
    for (double t : at) {
      new Timer(sim, r::request).schedule(t);
    }
    new Timer(sim, sim::stop).schedule(1000);
    sim.start();
    return List.of(begins, completes);
  }

  private static void assertTimes(List<Double> expected, List<Double> actual) {
    assertEquals(expected.size(), actual.size(), "runs " + actual);
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i), actual.get(i), 1e-9, "run " + i + " of " + actual);
    }
  }

  @Test
  void burstOfTwo_runsTwiceAtOnce_thenOneMinIntervalAfterTheLastRun() {
    // Tokens: 2 → 1 at 10.0, 1.1 → 0.1 at 10.1; at 11.1 the bucket holds 1.1.
    var t = run(1, 2, 0, 10.0, 10.1, 10.2, 10.5);
    assertTimes(List.of(10.0, 10.1, 11.1), t.get(0));
    assertTimes(t.get(0), t.get(1));
  }

  @Test
  void burstOfOne_coalescesEverythingWithinMinInterval() {
    var t = run(1, 1, 0, 10.0, 10.1, 10.5, 12.0);
    assertTimes(List.of(10.0, 11.0, 12.0), t.get(0));
  }

  @Test
  void aTokenBackBeforeTheDeferredRun_isUsedAtOnce() {
    // After runs at 10.0 and 10.1 the bucket holds 0.1; a request at 10.2 is deferred to 11.1
    // (1 s after the last run), but at 11.05 the bucket holds 1.05, so a request then runs.
    var t = run(1, 2, 0, 10.0, 10.1, 10.2, 11.05);
    assertTimes(List.of(10.0, 10.1, 11.05), t.get(0));
  }

  @Test
  void aSyncThatTakesTime_appliesAtItsEnd_andRequestsMeanwhileRunWhenItCompletes() {
    var t = run(1, 2, 2, 10.0, 10.5, 11.0);
    assertTimes(List.of(10.0, 12.0), t.get(0));
    assertTimes(List.of(12.0, 14.0), t.get(1));
  }

  @Test
  void withBurstOne_aRequestDuringALongSync_runsWhenItCompletes_ifTheTokenIsBack() {
    // The token taken at 10 is back at 11: the request queued during the sync runs at 12.
    var t = run(1, 1, 2, 10.0, 10.5, 14.2);
    assertTimes(List.of(10.0, 12.0, 14.2), t.get(0));
    assertTimes(List.of(12.0, 14.0, 16.2), t.get(1));
  }

  @Test
  void withoutAToken_theDeferredRunWaitsMinIntervalFromTheLastCompletion() {
    // The token taken at 10 is back at 11, but the runner waits until 1 s after the sync
    // completed at 10.5.
    var t = run(1, 1, 0.5, 10.0, 10.6);
    assertTimes(List.of(10.0, 11.5), t.get(0));
    assertTimes(List.of(10.5, 12.0), t.get(1));
  }

  @Test
  void zeroMinInterval_runsEveryRequestAtOnce_coalescingSimultaneousOnes() {
    var t = run(0, 2, 0, 1.0, 1.0, 1.1, 1.2);
    assertTimes(List.of(1.0, 1.1, 1.2), t.get(0));
  }
}
