package io.kubesim.jmh;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Runs the large-cluster comparison programs once, on a cluster just above the size where pods are
 * read ahead, so that they cannot silently break.
 */
class LargeClusterProgramsSmokeTest {

  private static String output(Runnable program) {
    PrintStream out = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      program.run();
    } finally {
      System.setOut(out);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void prefetchPairs_printsEachRoundAndTheMedianRatio_andRestoresTheProperty() {
    String out = output(() -> PrefetchPairs.main(new String[] {"12", "2", "6000"}));
    assertTrue(out.contains("round 1:") && out.contains("(warm-up)"), out);
    assertTrue(out.matches("(?s).*round 2: .*with/without \\d+\\.\\d{3}.*"), out);
    assertTrue(out.contains("6000 pods, 12 simulated s: median with/without"), out);
    assertNull(System.getProperty("kubesim.prefetch"));
  }

  @Test
  void largeClusterTimes_printsTheOutcomeAndEachRunsTime() {
    String out = output(() -> LargeClusterTimes.main(new String[] {"12", "2", "6000"}));
    assertTrue(out.matches("\\[\\d+ requests, success [0-9.]+, p99 [0-9.E-]+\\] [0-9.]+ [0-9.]+\\s*"),
        out);
  }
}
