package io.kubesim.scenarios.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process with captured output. */
final class Cli {
  private Cli() {}

  /** The outcome of one invocation. */
  record Result(int exit, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Environment env = new Environment(new PrintWriter(out, true), new PrintWriter(err, true), false);
    int exit = Main.execute(env, args);
    return new Result(exit, out.toString(), err.toString());
  }
}
