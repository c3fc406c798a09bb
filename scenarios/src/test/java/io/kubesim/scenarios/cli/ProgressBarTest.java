package io.kubesim.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The progress bar's line, and that a non-terminal run prints none. */
class ProgressBarTest {
  @Test
  void line_showsDoneTotalAndEta() {
    ProgressBar bar = new ProgressBar(new PrintWriter(new StringWriter()), "demo");
    assertEquals("demo [###############...............] 10/20 replications, ETA 5s",
        bar.line(10, 20, 5.0));
    assertEquals("demo [..............................] 0/20 replications, ETA --",
        bar.line(0, 20, 0));
  }

  @Test
  void validate_notATerminal_writesNothingToStderr() {
    Cli.Result r = Cli.run("validate", "headless-first-answer");
    assertTrue(r.err().isEmpty(), r.err());
  }
}
