package io.kubesim.scenarios.cli;

import io.kubesim.scenarios.schema.JsonSchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code kubesim schema}: prints the JSON Schema of the scenario format. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Print the JSON Schema of scenario files, for editors (e.g. the YAML "
        + "language server: # yaml-language-server: $schema=kubesim.schema.json).",
    footer = ExitCodes.HELP)
final class SchemaCommand implements Callable<Integer> {
  @ParentCommand
  KubesimCommand parent;

  @Override
  public Integer call() {
    parent.env.out().print(JsonSchema.render());
    parent.env.out().flush();
    return ExitCodes.OK;
  }
}
