package io.kubesim.scenarios.cli;

import java.io.PrintWriter;

/**
 * What a command may touch besides its arguments: standard output and error, and whether
 * standard error is a terminal (which turns the progress bar on).
 *
 * @param out standard output (the summary table, listings)
 * @param err standard error (progress, errors)
 * @param terminal whether {@code err} is an interactive terminal
 */
public record Environment(PrintWriter out, PrintWriter err, boolean terminal) {

  /** The process's own streams; a terminal when {@link System#console()} is present. */
  public static Environment system() {
    return new Environment(new PrintWriter(System.out, true), new PrintWriter(System.err, true),
        System.console() != null);
  }
}
