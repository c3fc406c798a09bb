package io.kubesim.scenarios.cli;

/** The exit statuses of {@code kubesim}, as documented in its help. */
public final class ExitCodes {
  private ExitCodes() {}

  /** Success. */
  public static final int OK = 0;
  /** The run failed (simulation error, output not writable). */
  public static final int RUN_FAILED = 1;
  /** Bad usage or a bad scenario file. */
  public static final int BAD_INPUT = 2;
  /** The run succeeded but a scenario threshold was not met. */
  public static final int THRESHOLDS_FAILED = 3;

  /** The help section listing them. */
  static final String HELP = "%nExit status:%n"
      + "  0  success%n"
      + "  1  the run failed%n"
      + "  2  bad usage or bad scenario file%n"
      + "  3  a threshold in the scenario's spec.thresholds was not met%n";
}
