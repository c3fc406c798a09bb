package io.kubesim.scenarios.cli;

import io.kubesim.scenarios.spec.Scenario;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code kubesim list}: the bundled scenarios. */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = "List the bundled scenarios; run one with kubesim run NAME.",
    footer = ExitCodes.HELP)
final class ListCommand implements Callable<Integer> {
  @ParentCommand
  KubesimCommand parent;

  @Override
  public Integer call() {
    int width = BundledScenarios.NAMES.stream().mapToInt(String::length).max().orElse(0);
    for (String name : BundledScenarios.NAMES) {
      Scenario s = ScenarioInput.load(name, List.of(), Optional.empty());
      parent.env.out().println(name + " ".repeat(width - name.length() + 2)
          + s.experiment().description().replaceAll("\\s+", " ").strip());
    }
    parent.env.out().println();
    parent.env.out().println("Files: scenarios/examples/<name>.yaml; run one with: kubesim run <name>");
    parent.env.out().flush();
    return ExitCodes.OK;
  }
}
