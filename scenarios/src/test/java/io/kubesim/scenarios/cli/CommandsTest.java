package io.kubesim.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** validate, list, schema, help, version and completion. */
class CommandsTest {
  static Stream<String> bundled() {
    return BundledScenarios.NAMES.stream();
  }

  @ParameterizedTest
  @MethodSource("bundled")
  void validate_bundledFile_isOk(String name) {
    Cli.Result r = Cli.run("validate", Examples.file(name).toString());
    assertEquals(ExitCodes.OK, r.exit(), r.err());
    assertTrue(r.out().startsWith("ok  "), r.out());
  }

  @ParameterizedTest
  @MethodSource("bundled")
  void bundledFile_startsWithACommentBlockSayingWhatItShows(String name) throws IOException {
    String text = Files.readString(Examples.file(name));
    assertTrue(text.startsWith("# " + name + " — "), name);
    assertTrue(text.lines().takeWhile(l -> l.startsWith("#")).count() >= 8, name);
  }

  @Test
  void registry_matchesTheExamplesDirectory() throws IOException {
    try (Stream<Path> files = Files.list(Examples.DIR)) {
      assertEquals(BundledScenarios.NAMES.stream().sorted().toList(),
          files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
              .map(n -> n.substring(0, n.length() - 5)).sorted().toList());
    }
  }

  @Test
  void list_namesEveryBundledScenario() {
    Cli.Result r = Cli.run("list");
    assertEquals(ExitCodes.OK, r.exit(), r.err());
    for (String name : BundledScenarios.NAMES) {
      assertTrue(r.out().contains(name + " "), name);
    }
  }

  @Test
  void validate_bundledName_resolvesFromTheJar() {
    Cli.Result r = Cli.run("validate", "node-cut-off");
    assertEquals(ExitCodes.OK, r.exit(), r.err());
  }

  @Test
  void schema_isJsonSchemaDefiningEveryType() {
    Cli.Result r = Cli.run("schema");
    assertEquals(ExitCodes.OK, r.exit());
    JsonNode schema = JsonMapper.builder().build().readTree(r.out());
    assertEquals("#/$defs/Scenario", schema.get("$ref").asString());
    for (String type : new String[] {"Deployment", "Probe", "Fault", "Arrivals", "Distribution"}) {
      assertTrue(schema.get("$defs").has(type), type);
    }
    assertEquals(false, schema.get("$defs").get("Probe").get("additionalProperties").asBoolean());
  }

  @Test
  void help_andVersion_exitZero() {
    Cli.Result help = Cli.run("--help");
    assertEquals(ExitCodes.OK, help.exit());
    assertTrue(help.out().contains("Exit status:"), help.out());
    for (String command : new String[] {"run", "validate", "list", "report", "sweep", "schema"}) {
      assertTrue(help.out().contains(command), command);
      assertEquals(ExitCodes.OK, Cli.run(command, "--help").exit(), command);
    }
    Cli.Result version = Cli.run("--version");
    assertEquals(ExitCodes.OK, version.exit());
    assertTrue(version.out().startsWith("kubesim "), version.out());
  }

  @Test
  void completion_printsABashScript() {
    Cli.Result r = Cli.run("generate-completion");
    assertEquals(ExitCodes.OK, r.exit(), r.err());
    assertTrue(r.out().contains("complete") && r.out().contains("kubesim"), r.out());
  }

  @Test
  void report_missingFile_isBadInput() {
    Cli.Result r = Cli.run("report", "does-not-exist.json");
    assertEquals(ExitCodes.BAD_INPUT, r.exit());
    assertTrue(r.err().contains("does-not-exist.json: no such file"), r.err());
  }
}
