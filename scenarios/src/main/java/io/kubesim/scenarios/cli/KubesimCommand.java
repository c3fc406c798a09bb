package io.kubesim.scenarios.cli;

import picocli.AutoComplete.GenerateCompletion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level {@code kubesim} command; it only dispatches to subcommands. */
@Command(name = "kubesim",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Discrete-event simulator of a Kubernetes cluster under gray network failures: "
        + "runs scenario files with many replications and reports KPIs with 95%% confidence "
        + "intervals.",
    footer = ExitCodes.HELP,
    subcommands = {RunCommand.class, ValidateCommand.class, ListCommand.class,
        ReportCommand.class, SweepCommand.class, SchemaCommand.class, GenerateCompletion.class})
final class KubesimCommand implements Runnable {
  final Environment env;

  @Spec
  CommandSpec spec;

  KubesimCommand(Environment env) {
    this.env = env;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing a command: run, validate, list, "
        + "report, sweep or schema (see kubesim --help)");
  }
}
