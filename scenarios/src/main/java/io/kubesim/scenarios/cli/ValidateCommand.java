package io.kubesim.scenarios.cli;

import io.kubesim.experiment.Variant;
import io.kubesim.scenarios.spec.FieldOverride;
import io.kubesim.scenarios.spec.Scenario;
import io.kubesim.scenarios.yaml.ScenarioException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kubesim validate FILE…}: checks files without running them. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check scenario files without running them; prints one line per file.",
    footer = ExitCodes.HELP)
final class ValidateCommand implements Callable<Integer> {
  @ParentCommand
  KubesimCommand parent;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Scenario files or bundled names.")
  List<String> files;

  @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a field, as for run.")
  List<String> sets = new ArrayList<>();

  @Override
  public Integer call() {
    List<FieldOverride> overrides = RunOptions.parseSets(spec, sets);
    int status = ExitCodes.OK;
    for (String file : files) {
      try {
        Scenario s = ScenarioInput.load(file, overrides, Optional.empty());
        parent.env.out().println(TerminalText.clean("ok  " + file + ": " + s.name()
            + ", variants " + s.experiment().variants().stream().map(Variant::name)
                .collect(Collectors.joining(", "))
            + ", " + s.experiment().settings().replications() + " replications"));
        Execution.printWarnings(parent.env, s);
      } catch (ScenarioException e) {
        parent.env.err().println(TerminalText.clean(e.getMessage()));
        status = ExitCodes.BAD_INPUT;
      }
    }
    parent.env.out().flush();
    parent.env.err().flush();
    return status;
  }
}
