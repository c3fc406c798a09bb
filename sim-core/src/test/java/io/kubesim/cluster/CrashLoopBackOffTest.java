package io.kubesim.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The kubelet's restart back-off against client-go's {@code Backoff} arithmetic. */
class CrashLoopBackOffTest {

  @Test
  void consecutiveRestarts_areImmediate_then10sDoublingTo300s() {
    CrashLoopBackOff b = new CrashLoopBackOff(10, 300, 600);
    double[] expected = {0, 10, 20, 40, 80, 160, 300, 300};
    double t = 100;
    for (double delay : expected) {
      assertEquals(delay, b.onExit(t), 1e-12, "exit at " + t);
      t += delay + 2; // the container runs 2 s after its restart, then exits again
    }
  }

  @Test
  void anExitMoreThanResetAfterTheLastRestart_restartsAtOnce_andStartsOver() {
    CrashLoopBackOff b = new CrashLoopBackOff(10, 300, 600);
    assertEquals(0, b.onExit(0));
    assertEquals(10, b.onExit(5));
    assertEquals(20, b.onExit(20));
    // The last restart was at 40; an exit at 640 is exactly 600 s later: not yet expired.
    assertEquals(40, b.onExit(640));
    // Restarted at 680; an exit 600.5 s later resets.
    assertEquals(0, b.onExit(1280.5));
    assertEquals(10, b.onExit(1290));
  }

  @Test
  void defaults_areTheKubeletsOwn() {
    CrashLoopBackOff b = CrashLoopBackOff.of(KubeletConfig.defaults());
    assertEquals(0, b.onExit(0));
    assertEquals(10, b.onExit(1));
  }
}
