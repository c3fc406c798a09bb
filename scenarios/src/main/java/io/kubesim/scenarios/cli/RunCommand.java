package io.kubesim.scenarios.cli;

import io.kubesim.scenarios.spec.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code kubesim run FILE…}: validates every file, then runs each and writes its outputs. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run scenario files (paths, or names of bundled scenarios; see kubesim list). "
        + "Every file is validated before anything runs. Writes results.json, timeseries.csv "
        + "and report.html to the output directory and prints a summary table.",
    footer = ExitCodes.HELP)
final class RunCommand implements Callable<Integer> {
  @ParentCommand
  KubesimCommand parent;

  @Mixin
  RunOptions options;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Scenario files.")
  List<String> files;

  @Override
  public Integer call() throws Exception {
    List<Scenario> scenarios = new ArrayList<>();
    for (String file : files) {
      scenarios.add(ScenarioInput.load(file, options.overrides(), Optional.empty()));
    }
    return new Execution(parent.env, options).runAll(scenarios);
  }
}
