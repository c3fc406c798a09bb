package io.kubesim.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each class of bad input gets one clear located message, exit status 2, and no output. */
class BadInputTest {
  @TempDir
  Path tmp;

  static final String VALID = """
      apiVersion: kubesim.io/v1
      kind: Scenario
      metadata: {name: small}
      spec:
        deployments:
          - name: web
            replicas: 2
            template:
              server: {serviceTime: 10ms}
        services: [{name: web, selector: {app: web}}]
        clients: [{name: c, service: web, arrivals: {rate: 10/s}}]
        faults:
          - {name: cut, action: partition, at: 10s, duration: 5s, selector: {nodes: [node-1]}}
        experiment: {duration: 30s, warmUp: 5s, replications: 1}
      """;

  private Path write(String name, String text) throws IOException {
    Path p = tmp.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  /** Runs {@code run} on the file; asserts exit 2, the message, and that nothing was written. */
  private String refused(Path file, String... expected) {
    Path out = tmp.resolve("out");
    Cli.Result r = Cli.run("run", file.toString(), "--out", out.toString());
    assertEquals(ExitCodes.BAD_INPUT, r.exit(), r.out() + r.err());
    for (String e : expected) {
      assertTrue(r.err().contains(e), "expected <" + e + "> in:\n" + r.err());
    }
    assertFalse(Files.exists(out), "no output for a bad scenario");
    assertEquals(1, r.err().strip().lines().count(), "one message: " + r.err());
    return r.err();
  }

  @Test
  void validFixture_validates() throws IOException {
    Cli.Result r = Cli.run("validate", write("ok.yaml", VALID).toString());
    assertEquals(ExitCodes.OK, r.exit(), r.err());
  }

  @Test
  void malformedYaml_isRefusedWithItsPosition() throws IOException {
    Path f = write("bad.yaml", VALID.replace("replicas: 2", "replicas: [2"));
    refused(f, f + ":", "malformed YAML");
  }

  @Test
  void unknownField_suggestsTheClosestName() throws IOException {
    Path f = write("typo.yaml", VALID.replace("replicas: 2", "replcas: 2"));
    refused(f, f + ":7:7: spec.deployments[0].replcas: unknown field 'replcas'",
        "did you mean 'replicas'?");
  }

  @Test
  void negativeDuration_namesFieldAndExpectation() throws IOException {
    Path f = write("neg.yaml", VALID.replace("duration: 5s", "duration: -5s"));
    refused(f, ":13:", "spec.faults[0].duration: expected a duration like 30s or forever, got \"-5s\"");
  }

  @Test
  void wrongType_saysWhatWasExpected() throws IOException {
    Path f = write("type.yaml", VALID.replace("replicas: 2", "replicas: two"));
    refused(f, f + ":7:17: spec.deployments[0].replicas: expected an integer between 0 and 200000, got \"two\"");
  }

  @Test
  void mapWhereScalarExpected_saysWhatWasExpected() throws IOException {
    Path f = write("map.yaml", VALID.replace("rate: 10/s", "rate: {per: s}"));
    refused(f, "spec.clients[0].arrivals.rate: expected rate, got a map");
  }

  @Test
  void absurdNodeCount_isRefused() throws IOException {
    Path f = write("huge.yaml", VALID.replace("spec:\n", "spec:\n  cluster: {nodes: {count: 1000000000}}\n"));
    refused(f, "spec.cluster.nodes.count: expected an integer between 1 and 10000, got 1000000000");
  }

  @Test
  void negativeRate_isRefused() throws IOException {
    Path f = write("rate.yaml", VALID.replace("rate: 10/s", "rate: -10/s"));
    refused(f, "spec.clients[0].arrivals.rate: expected a rate like 600/s");
  }

  @Test
  void unknownReference_suggestsTheClosestName() throws IOException {
    Path f = write("ref.yaml", VALID.replace("service: web", "service: wbe"));
    refused(f, "spec.clients[0].service: no service named 'wbe'; did you mean 'web'?");
  }

  @Test
  void coreRecordError_isReportedAtTheNodeBeingConverted() throws IOException {
    Path f = write("core.yaml", VALID.replace("serviceTime: 10ms",
        "serviceTime: {lognormal: {median: 20ms, p99: 10ms}}"));
    refused(f, "spec.deployments[0].template.server.serviceTime.lognormal: lognormal p99 must exceed");
  }

  @Test
  void aliasBomb_isRefusedQuickly() throws IOException {
    StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      char prev = (char) (c - 1);
      bomb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 10; i++) {
        bomb.append(i == 0 ? "" : ", ").append('*').append(prev);
      }
      bomb.append("]\n");
    }
    Path f = write("bomb.yaml", bomb.toString());
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> refused(f, "alias bomb"));
  }

  @Test
  void deepNesting_isRefusedQuickly() throws IOException {
    Path f = write("deep.yaml", "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> refused(f, "nesting depth"));
  }

  @Test
  void deepBlockNesting_isRefused() throws IOException {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      s.append("  ".repeat(i)).append("k").append(i).append(":\n");
    }
    s.append("  ".repeat(100)).append("v: 1\n");
    refused(write("deepblock.yaml", s.toString()), "nesting");
  }

  @Test
  void oversizedFile_isRefusedBeforeParsing() throws IOException {
    Path f = write("big.yaml", VALID + "#" + "x".repeat(2 << 20) + "\n");
    refused(f, "bytes; scenario files are limited to 1048576 bytes");
  }

  @Test
  void missingFile_isBadInput() {
    refused(tmp.resolve("nope.yaml"), "nope.yaml: no such file");
  }

  @Test
  void duplicateKey_isRefused() throws IOException {
    Path f = write("dup.yaml", VALID.replace("replicas: 2", "replicas: 2\n      replicas: 3"));
    refused(f, "Duplicate");
  }

  @Test
  void badSetPath_isUsageError() {
    Cli.Result r = Cli.run("validate", Examples.file("asymmetric-partition").toString(),
        "--set", "spec..x=1");
    assertEquals(ExitCodes.BAD_INPUT, r.exit());
    assertTrue(r.err().contains("--set"), r.err());
  }

  @Test
  void setOverride_errorNamesTheOverride() {
    Cli.Result r = Cli.run("validate", Examples.file("asymmetric-partition").toString(),
        "--set", "spec.deployments[web].replicas=-1");
    assertEquals(ExitCodes.BAD_INPUT, r.exit());
    assertTrue(r.err().startsWith("--set spec.deployments[web].replicas=-1: "
        + "spec.deployments[0].replicas: expected an integer between 0 and 200000, got -1"),
        r.err());
  }

  @Test
  void fieldOfAnotherAction_isRefused() throws IOException {
    Path f = write("action.yaml", VALID.replace("action: partition, at: 10s, duration: 5s,",
        "action: node-crash, at: 10s, duration: 5s, direction: to,"));
    refused(f, "spec.faults[0].direction: field 'direction' does not apply to action node-crash");
  }

  @Test
  void backoffFieldWithoutBackoffReadmission_isRefused() throws IOException {
    Path f = write("backoff.yaml", VALID.replace("server: {serviceTime: 10ms}",
        "server: {serviceTime: 10ms}\n        readinessProbe: {policy: throughput, "
            + "readmission: after, backoffMax: 1m}"));
    refused(f, "backoff.yaml:10:66: spec.deployments[0].template.readinessProbe.backoffMax: "
        + "backoffMax applies only to readmission: backoff");
  }

  @Test
  void backoffMaxBelowInitial_isRefused() throws IOException {
    Path f = write("backoff.yaml", VALID.replace("server: {serviceTime: 10ms}",
        "server: {serviceTime: 10ms}\n        readinessProbe: {policy: throughput, "
            + "readmission: backoff, backoffInitial: 1m, backoffMax: 30s}"));
    refused(f, "spec.deployments[0].template.readinessProbe",
        "backoffMax (30.0 s) must be at least backoffInitial (60.0 s)");
  }

  @Test
  void trafficDistributionOnAHeadlessService_isRefused() throws IOException {
    Path f = write("td.yaml", VALID.replace("services: [{name: web, selector: {app: web}}]",
        "services: [{name: web, selector: {app: web}, clusterIP: None, "
            + "trafficDistribution: PreferClose}]"));
    refused(f, "spec.services[0].trafficDistribution: trafficDistribution applies only to a "
        + "cluster IP service");
  }

  @Test
  void unknownTrafficDistribution_listsTheChoices() throws IOException {
    Path f = write("td.yaml", VALID.replace("services: [{name: web, selector: {app: web}}]",
        "services: [{name: web, selector: {app: web}, trafficDistribution: PreferSameRack}]"));
    refused(f, "spec.services[0].trafficDistribution", "PreferSameZone");
  }

  @Test
  void peerReachabilityTimeoutNotBelowPeriod_isRefused() throws IOException {
    Path f = write("peer.yaml", VALID.replace("spec:\n", "spec:\n  cluster: "
        + "{peerReachability: {period: 2s, timeout: 2s}}\n"));
    refused(f, "spec.cluster.peerReachability",
        "peerReachability.timeout (2.0 s) must be less than the period (2.0 s)");
  }

  @Test
  void noCommand_isUsageError() {
    assertEquals(ExitCodes.BAD_INPUT, Cli.run().exit());
    assertEquals(ExitCodes.BAD_INPUT, Cli.run("frobnicate").exit());
    assertEquals(ExitCodes.BAD_INPUT, Cli.run("run", "x.yaml", "--threads", "0").exit());
  }

  @Test
  void clusterDnsAttemptsOutOfRange_isRefusedWithItsField() throws IOException {
    Path f = write("dns.yaml", VALID.replace("spec:\n", "spec:\n  cluster: {dns: {attempts: 0}}\n"));
    refused(f, f + ":", "spec.cluster.dns.attempts");
  }

  @Test
  void tcpRtoMaxBelowRtoMin_isRefusedWithItsField() throws IOException {
    Path f = write("rto.yaml", VALID.replace("spec:\n",
        "spec:\n  cluster: {network: {tcpRtoMin: 1s, tcpRtoMax: 500ms}}\n"));
    refused(f, f + ":", "tcpRtoMax");
  }

  @Test
  void unknownSigtermBehaviour_listsTheChoices() throws IOException {
    Path f = write("sig.yaml", VALID.replace("server: {serviceTime: 10ms}",
        "server: {serviceTime: 10ms}\n        sigterm: ignore"));
    refused(f, f + ":", "spec.deployments[0].template.sigterm", "keepServing");
  }
}
