package io.kubesim.scenarios.cli;

import io.kubesim.scenarios.spec.Sweep;
import io.kubesim.scenarios.yaml.TreePath;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code kubesim sweep FILE --param PATH --values a,b,c}: every variant once per value. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
    description = "Run a scenario once per value of one parameter: each variant becomes one "
        + "variant per value (named PARAM=VALUE), compared over paired replications.",
    footer = ExitCodes.HELP)
final class SweepCommand implements Callable<Integer> {
  @ParentCommand
  KubesimCommand parent;

  @Mixin
  RunOptions options;

  @Parameters(paramLabel = "FILE", description = "The scenario file.")
  String file;

  @Option(names = "--param", required = true, paramLabel = "PATH",
      description = "The swept field, e.g. spec.deployments[web].replicas.")
  String param;

  @Option(names = "--values", required = true, split = ",", paramLabel = "a,b,c",
      description = "Its values, written as in a scenario file.")
  List<String> values;

  @Override
  public Integer call() throws Exception {
    Sweep sweep;
    try {
      sweep = new Sweep(TreePath.parse(param), values);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(options.spec.commandLine(), "--param: " + e.getMessage());
    }
    var scenario = ScenarioInput.load(file, options.overrides(), Optional.of(sweep));
    return new Execution(parent.env, options).runAll(List.of(scenario));
  }
}
