package io.kubesim.scenarios.cli;

import io.kubesim.scenarios.yaml.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;

/** The {@code kubesim} entry point. */
public final class Main {
  private Main() {}

  /** Runs kubesim and exits with its status. */
  public static void main(String[] args) {
    System.exit(execute(Environment.system(), args));
  }

  /** Runs kubesim with {@code args} in {@code env} and returns the exit status. */
  public static int execute(Environment env, String... args) {
    return commandLine(env).execute(args);
  }

  /** The configured command line. */
  public static CommandLine commandLine(Environment env) {
    CommandLine cl = new CommandLine(new KubesimCommand(env));
    cl.setOut(env.out());
    cl.setErr(env.err());
    cl.setExecutionExceptionHandler(errors(env));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }

  private static IExecutionExceptionHandler errors(Environment env) {
    return (e, commandLine, parseResult) -> {
      if (e instanceof ScenarioException) {
        env.err().println(TerminalText.clean(e.getMessage()));
        env.err().flush();
        return ExitCodes.BAD_INPUT;
      }
      if (e instanceof OutputTargets.UnusableTargetException) {
        env.err().println("kubesim: " + TerminalText.clean(e.getMessage()));
        env.err().flush();
        return ExitCodes.BAD_INPUT;
      }
      env.err().println("kubesim: run failed: " + TerminalText.clean(describe(e)));
      env.err().flush();
      return ExitCodes.RUN_FAILED;
    };
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return message == null ? e.getClass().getName() : message + " (" + e.getClass().getSimpleName() + ")";
  }
}
