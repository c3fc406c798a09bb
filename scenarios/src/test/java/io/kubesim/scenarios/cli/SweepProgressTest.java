package io.kubesim.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesim.experiment.ReplicationBlock;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Sweep progress: a point is done when all its variants' replications are. */
class SweepProgressTest {
  @Test
  void blockDone_countsAPointDoneWhenEveryVariantAtItIs_andPrintsEachTenthOffATerminal() {
    StringWriter err = new StringWriter();
    // 2 points, 4 variants (2 declared × 2 points: variant v is at point v % 2), 2 replications.
    SweepProgress progress = new SweepProgress(new PrintWriter(err), "grid", false, 2, 4, 2);
    int done = 0;
    for (int r = 0; r < 2; r++) {
      for (int v = 0; v < 4; v++) {
        progress.blockDone(new ReplicationBlock(done, v, r), ++done, 8);
      }
    }
    String[] lines = err.toString().split("\\R");
    assertEquals(8, lines.length, "one line per tenth crossed: " + err);
    assertTrue(lines[6].startsWith("grid: 1/2 points, 7/8 replications"), lines[6]);
    assertTrue(lines[7].startsWith("grid: 2/2 points, 8/8 replications, ETA 0s"), lines[7]);
  }
}
