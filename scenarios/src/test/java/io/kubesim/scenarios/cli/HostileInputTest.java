package io.kubesim.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input a hostile or careless user writes: refused up front with file:line:col and exit 2 when
 * it cannot be run, run when it is valid, warned about when it is probably a mistake, and never
 * passed raw to a terminal.
 */
class HostileInputTest {
  @TempDir
  Path tmp;

  /** Runs for a day of simulated time: a refusal that comes within seconds came first. */
  private static final String BASE = BadInputTest.VALID.replace(
      "experiment: {duration: 30s, warmUp: 5s, replications: 1}",
      "experiment: {duration: 1d, bucket: 1h, replications: 1000}");

  private Path write(String name, String text) throws IOException {
    return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
  }

  private String refused(Path file, String... expected) {
    Path out = tmp.resolve("out");
    for (String command : List.of("validate", "run")) {
      Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(20),
          () -> command.equals("run") ? Cli.run("run", file.toString(), "--out", out.toString())
              : Cli.run("validate", file.toString()));
      assertEquals(ExitCodes.BAD_INPUT, r.exit(), command + ": " + r.out() + r.err());
      for (String e : expected) {
        assertTrue(r.err().contains(e), command + ": expected <" + e + "> in:\n" + r.err());
      }
      assertFalse(Files.exists(out), "no output");
    }
    return Cli.run("validate", file.toString()).err();
  }

  private Cli.Result quickRun(Path file, String... extra) {
    List<String> args = new java.util.ArrayList<>(List.of("run", file.toString(), "--set",
        "spec.experiment={duration: 20s, warmUp: 2s, replications: 1}", "--out",
        tmp.resolve("quick").toString(), "--format", "json,csv"));
    args.addAll(List.of(extra));
    return Cli.run(args.toArray(String[]::new));
  }

  @ParameterizedTest
  @ValueSource(strings = {"../../../../tmp/x", "..", ".", "/tmp/x", "a/b", "-rf", ".hidden",
      "a b", "x\\u0000y"})
  void metadataName_thatIsNotAPlainFileName_isRefused(String name) throws IOException {
    String yamlName = name.replace("\\", "\\\\").replace("\"", "\\\"");
    Path f = write("name.yaml", BASE.replace("name: small", "name: \"" + yamlName + "\""));
    refused(f, f + ":3:", "metadata.name: expected a plain file name");
  }

  @Test
  void metadataName_tenThousandCharacters_isRefusedWithoutEchoingIt() throws IOException {
    Path f = write("long.yaml", BASE.replace("name: small", "name: " + "n".repeat(10_000)));
    String err = refused(f, f + ":3:18: metadata.name: expected a plain file name of 1 to 100");
    assertTrue(err.length() < 400, err);
  }

  @Test
  void nulByte_isReportedAtItsOwnLineAndColumn() throws IOException {
    Path f = write("nul.yaml", BASE.replace("name: c,", "name: \"c\u0000\","));
    refused(f, f + ":11:22: character U+0000 (NUL) is not allowed");
  }

  @Test
  void replicasBeyondTheCluster_areRefusedAtReplicas() throws IOException {
    Path f = write("cap.yaml", BASE.replace("replicas: 2", "replicas: 200000"));
    refused(f, f + ":7:17: spec.deployments[0].replicas: the cluster holds 330 pods (3 nodes");
  }

  @Test
  void explicitPlacementBeyondMaxPods_isRefusedAtReplicas() throws IOException {
    Path f = write("cap.yaml", BASE.replace("replicas: 2",
        "replicas: 111\n      placement: {nodes: [node-2]}"));
    refused(f, f + ":7:17: spec.deployments[0].replicas: 111 replicas do not fit on the nodes "
        + "listed in placement, which hold 110 pods");
  }

  @Test
  void surgeAndUnavailableBothWrittenAsZero_isRefused() throws IOException {
    Path f = write("zero.yaml", BASE.replace("replicas: 2",
        "replicas: 4\n      strategy: {rollingUpdate: {maxSurge: 0, maxUnavailable: 0%}}"));
    refused(f, "spec.deployments[0].strategy.rollingUpdate: maxSurge and maxUnavailable cannot "
        + "both be 0");
  }

  @Test
  void replicasZero_runsWithKubernetesFenceposts() throws IOException {
    Path f = write("zero.yaml", BASE.replace("replicas: 2", "replicas: 0"));
    Cli.Result r = quickRun(f);
    assertEquals(ExitCodes.OK, r.exit(), r.err());
    assertTrue(r.out().contains("0.00% n/a (1 replication)"), r.out());
  }

  @Test
  void scalarAnchorsAndAliases_areValidYaml() throws IOException {
    Path f = write("alias.yaml", BASE
        .replace("serviceTime: 10ms", "serviceTime: &len !!str 10ms")
        .replace("rate: 10/s", "rate: &rate 10/s")
        .replace("at: 10s, duration: 5s", "at: *len, duration: *len")
        + "  variants: [{name: a}, {name: b, patch: {clients: [{name: c, "
        + "arrivals: {rate: *rate}}]}}]\n");
    Cli.Result r = Cli.run("validate", f.toString(), "--set", "spec.experiment.duration=60s");
    assertEquals(ExitCodes.OK, r.exit(), r.err());
  }

  @Test
  void scalarAlias_stillCountsTowardsTheAliasLimit() throws IOException {
    StringBuilder s = new StringBuilder(BASE).append("x-aliases: [");
    for (int i = 0; i < 101; i++) {
      s.append(i == 0 ? "" : ", ").append("*rate");
    }
    Path f = write("many.yaml", s.append("]\n").toString()
        .replace("rate: 10/s", "rate: &rate 10/s"));
    refused(f, "more than 100 YAML aliases");
  }

  @Test
  void silentMistakes_getWarningsOnStandardError() throws IOException {
    Path f = write("warn.yaml", BASE
        .replace("selector: {app: web}", "selector: {app: wbe}")
        .replace("bucket: 1h", "bucket: 2d")
        .replace("{name: cut, action: partition, at: 10s, duration: 5s, selector: {nodes: "
            + "[node-1]}}", "{name: kill, action: pod-kill, at: 1s, pods: {deployment: web, "
            + "ordinals: [0, 7]}}"));
    Cli.Result r = Cli.run("validate", f.toString());
    assertEquals(ExitCodes.OK, r.exit(), r.err());
    String err = r.err();
    assertTrue(err.contains(f + ":10:36: spec.services[0].selector: warning: service 'web' "
        + "selects no pod"), err);
    assertTrue(err.contains("spec.experiment.bucket: warning: a time-series bucket of 172800 s "
        + "is longer than the run (86400 s)"), err);
    assertTrue(err.contains("spec.faults[0].pods.ordinals: warning: pod ordinal 7 is beyond "
        + "deployment 'web'"), err);
    assertEquals(3, err.lines().count(), err);
  }

  @Test
  void faultAfterTheEnd_getsAWarning() throws IOException {
    Path f = write("late.yaml", BASE.replace("at: 10s, duration: 5s", "at: 2d, duration: 5s"));
    Cli.Result r = Cli.run("validate", f.toString());
    assertEquals(ExitCodes.OK, r.exit(), r.err());
    assertTrue(r.err().contains(":13:42: spec.faults[0].at: warning: fault 'cut' starts at "
        + "172800 s, when the run (spec.experiment.duration, 86400 s) has ended"), r.err());
  }

  @Test
  void controlCharactersInNames_neverReachTheTerminalRaw() throws IOException {
    String evil = "\\e]0;pwned\\a\\e[31mred\\u009b";
    Path f = write("esc.yaml", BASE + "  variants: [{name: \"" + evil + "\"}, {name: other}]\n");
    Cli.Result r = quickRun(f);
    assertEquals(ExitCodes.OK, r.exit(), r.err());
    assertTrue(r.out().contains("\\x1b]0;pwned\\x07\\x1b[31mred\\x9b"), r.out());
    Path bad = write("esc-bad.yaml", BASE.replace("service: web", "service: \"" + evil + "\""));
    Cli.Result e = Cli.run("validate", bad.toString());
    assertEquals(ExitCodes.BAD_INPUT, e.exit());
    for (String s : List.of(r.out(), r.err(), e.out(), e.err())) {
      assertTrue(s.chars().noneMatch(c -> c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f),
          "a raw control character in: " + s);
    }
  }
}
