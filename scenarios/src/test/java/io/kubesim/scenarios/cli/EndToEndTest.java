package io.kubesim.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesim.experiment.Variant;
import io.kubesim.scenarios.spec.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the CLI in-process on every bundled scenario, shortened with {@code --set}, and reads the
 * results it wrote. These need sim-core's {@code ExperimentRunner}.
 */
class EndToEndTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  static Stream<String> bundled() {
    return BundledScenarios.NAMES.stream();
  }

  private static String[] shortRun(String file, Path out, String... extra) {
    List<String> args = new java.util.ArrayList<>(List.of("run", file,
        "--set", "spec.experiment.duration=90s", "--set", "spec.experiment.warmUp=10s",
        "--replications", "2", "--out", out.toString()));
    args.addAll(List.of(extra));
    return args.toArray(String[]::new);
  }

  @ParameterizedTest
  @MethodSource("bundled")
  void run_bundledScenario_writesResultsWithEveryVariantAndKpi(String name, @TempDir Path tmp)
      throws Exception {
    Path out = tmp.resolve("out");
    Cli.Result r = Cli.run(shortRun(Examples.file(name).toString(), out, "--format", "json,csv"));

    assertTrue(r.exit() == ExitCodes.OK || r.exit() == ExitCodes.THRESHOLDS_FAILED,
        "exit " + r.exit() + "\n" + r.err());
    assertTrue(r.out().contains("success rate"), r.out());
    assertTrue(Files.exists(out.resolve("timeseries.csv")));
    assertFalse(Files.exists(out.resolve("report.html")), "html was not asked for");
    JsonNode results = JSON.readTree(out.resolve("results.json").toFile());
    List<Variant> declared = ScenarioLoader.withDefaultLimits()
        .load(Examples.file(name), List.of(), Optional.empty()).experiment().variants();
    int variants = declared.size();
    // Every variant but a baseline (the first, or in a policy matrix the first of each case).
    long compared = declared.stream().skip(1)
        .filter(v -> v.baseline().map(b -> !b.equals(v.name())).orElse(true)).count();
    assertTrue(results.has("schemaVersion"));
    assertEquals(name, results.get("scenario").asString());
    assertEquals(2, results.get("replications").asInt());
    assertEquals(variants, results.get("variants").size());
    assertEquals(compared, results.get("comparisons").size());
    for (JsonNode v : results.get("variants")) {
      JsonNode success = v.get("kpis").get("successRate");
      assertTrue(success.has("mean") && success.has("ciLow") && success.has("ciHigh"), v.toString());
      double mean = success.get("mean").asDouble();
      assertTrue(mean > 0 && mean <= 1, name + " " + v.get("name") + " success rate " + mean);
      assertTrue(v.has("failures"));
    }
  }

  @Test
  void run_sameCommandTwice_writesByteIdenticalResults(@TempDir Path tmp) throws Exception {
    String file = Examples.file("asymmetric-partition").toString();
    Cli.Result a = Cli.run(shortRun(file, tmp.resolve("a"), "--format", "json", "--threads", "2"));
    Cli.Result b = Cli.run(shortRun(file, tmp.resolve("b"), "--format", "json", "--threads", "1"));
    assertTrue(a.exit() != ExitCodes.RUN_FAILED && a.exit() != ExitCodes.BAD_INPUT, a.err());
    assertEquals(a.exit(), b.exit(), b.err());
    assertArrayEquals(Files.readAllBytes(tmp.resolve("a/results.json")),
        Files.readAllBytes(tmp.resolve("b/results.json")));
  }

  @Test
  void report_fromResultsJson_rendersHtml(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("run");
    Cli.Result run = Cli.run(shortRun("headless-first-answer", out, "--format", "json"));
    assertEquals(ExitCodes.OK, run.exit(), run.err());

    Cli.Result report = Cli.run("report", out.resolve("results.json").toString(),
        "--out", tmp.resolve("report").toString());

    assertEquals(ExitCodes.OK, report.exit(), report.err());
    Document html = Jsoup.parse(tmp.resolve("report/report.html").toFile(), "UTF-8");
    assertTrue(html.text().contains("headless-first-answer"), html.title());
  }

  @Test
  void run_withHtml_writesAllThreeFilesAndNothingElse(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("all");
    Cli.Result r = Cli.run(shortRun("external-traffic-policy", out));
    assertEquals(ExitCodes.OK, r.exit(), r.err());
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(List.of(OutputTargets.MARKER, "report.html", "results.json", "timeseries.csv"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    try (Stream<Path> siblings = Files.list(tmp)) {
      assertEquals(List.of("all"), siblings.map(p -> p.getFileName().toString()).toList(),
          "no temporary directory is left next to the output");
    }
  }

  @Test
  void sweep_overReplicas_makesOneVariantPerValue(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("sweep");
    Cli.Result r = Cli.run("sweep", "headless-first-answer", "--param",
        "spec.deployments[catalog].replicas", "--values", "2,4", "--set",
        "spec.experiment.duration=60s", "--set", "spec.experiment.warmUp=10s",
        "--replications", "2", "--format", "json", "--out", out.toString());
    assertEquals(ExitCodes.OK, r.exit(), r.err());
    JsonNode results = JSON.readTree(out.resolve("results.json").toFile());
    assertEquals(6, results.get("variants").size());
    assertEquals("spec.deployments[catalog].replicas", results.get("sweepParameter").asString());
  }

  @Test
  void sweep_twoParametersOneInsideAPatch_writesTheGridAndSweepCsv(@TempDir Path tmp)
      throws Exception {
    Path out = tmp.resolve("grid");
    List<String> args = List.of("sweep", "asymmetric-partition",
        "--param", "spec.deployments[web].replicas", "--values", "3,6",
        "--param", "spec.variants[throughput].patch.deployments[web].template.readinessProbe"
            + ".minRequests", "--values", "100,300",
        "--set", "spec.experiment.duration=40s", "--set", "spec.experiment.warmUp=5s",
        "--set", "spec.thresholds=",
        "--replications", "2", "--format", "json,csv", "--out", out.toString());
    Cli.Result r = Cli.run(args.toArray(new String[0]));
    assertEquals(ExitCodes.OK, r.exit(), r.err());
    JsonNode results = JSON.readTree(out.resolve("results.json").toFile());
    assertEquals(8, results.get("variants").size(), "4 points x 2 variants");
    assertEquals(2, results.get("sweepParameters").size());
    List<String> csv = Files.readAllLines(out.resolve("sweep.csv"));
    assertTrue(csv.get(0).startsWith("spec.deployments[web].replicas,spec.variants[throughput]"),
        csv.get(0));
    assertEquals(1 + 8 * io.kubesim.metrics.Kpi.values().length, csv.size());
    assertTrue(r.err().contains("4/4 points, 16/16 replications"), r.err());
    Cli.Result again = Cli.run(args.toArray(new String[0]));
    assertEquals(ExitCodes.OK, again.exit(), "a sweep's directory is kubesim's: " + again.err());
  }

  @Test
  void sweep_largerThanTheLimit_isRefusedWithoutYes(@TempDir Path tmp) {
    Cli.Result r = Cli.run("sweep", "asymmetric-partition", "--range",
        "spec.deployments[web].replicas=2:9", "--samples", "1001", "--out",
        tmp.resolve("x").toString());
    assertEquals(ExitCodes.BAD_INPUT, r.exit());
    assertTrue(r.err().contains("add --yes"), r.err());
    assertTrue(Files.notExists(tmp.resolve("x")));
  }

  @Test
  void run_failingThreshold_exitsWithThresholdStatus(@TempDir Path tmp) {
    Cli.Result r = Cli.run(shortRun("headless-first-answer", tmp.resolve("t"), "--format", "json",
        "--set", "spec.thresholds={\"*\": {successRate: \"> 1.5\"}}"));
    assertEquals(ExitCodes.THRESHOLDS_FAILED, r.exit(), r.err());
    assertTrue(r.out().contains("FAIL cluster-ip: successRate > 1.5"), r.out());
    assertTrue(Files.exists(tmp.resolve("t/results.json")), "results are still written");
  }

  @Test
  void run_policyMatrix_comparesWithinEachCaseAndReportsTheMatrix(@TempDir Path tmp)
      throws Exception {
    Path out = tmp.resolve("out");
    Cli.Result r = Cli.run(shortRun(Examples.file("gray-failure-policies").toString(), out));

    assertEquals(ExitCodes.OK, r.exit(), r.err());
    JsonNode results = JSON.readTree(out.resolve("results.json").toFile());
    for (JsonNode c : results.get("comparisons")) {
      String variantCase = c.get("variant").asString().replaceAll(".* @ ", "");
      assertEquals("default @ " + variantCase, c.get("baseline").asString());
    }
    assertTrue(results.get("faults").toString().contains("gray-partition: cut"),
        "each case's faults, named by case");
    Document html = Jsoup.parse(out.resolve("report.html").toFile(), "UTF-8");
    assertEquals(1, html.select("section#matrix").size());
    assertTrue(html.select("table.heatmap").size() >= 3, "headline, gain and cost heatmaps");
    assertEquals(7, html.select("table[data-heatmap=matrix-headline] thead th").size() - 1,
        "one column per case");
    assertTrue(html.select("#chart-frontier img").attr("src").startsWith("data:image/png"));
    assertTrue(html.select("#verdict .summary").text().contains("Never much worse:"));
    assertEquals(1, html.select("#choice-table .verdict.better").size(), "one robust variant");
  }

  @Test
  void run_dnsGrayPartition_failsLookupsToTheCutCoreDnsPod_unlessAnswersAreCached(@TempDir Path tmp)
      throws Exception {
    Path out = tmp.resolve("out");
    Cli.Result r = Cli.run(shortRun(Examples.file("dns-gray-partition").toString(), out,
        "--format", "json"));

    assertEquals(ExitCodes.OK, r.exit(), r.err());
    JsonNode results = JSON.readTree(out.resolve("results.json").toFile());
    java.util.Map<String, JsonNode> byName = new java.util.HashMap<>();
    for (JsonNode v : results.get("variants")) {
      byName.put(v.get("name").asString(), v);
    }
    double dnsFailures = byName.get("cluster-dns").get("failures").get("dnsFailure").get("mean")
        .asDouble();
    assertTrue(dnsFailures > 0.05, "lookups to coredns-0 on node-1 fail: " + dnsFailures);
    for (String cached : List.of("client-cache-30s", "nodelocal-dnscache", "no-cluster-dns")) {
      JsonNode v = byName.get(cached);
      assertTrue(v.get("failures").get("dnsFailure").get("mean").asDouble() < dnsFailures / 10,
          cached);
      assertTrue(v.get("kpis").get("successRateDuringFault").get("mean").asDouble()
          > byName.get("cluster-dns").get("kpis").get("successRateDuringFault").get("mean")
              .asDouble() + 0.2, cached);
    }
  }

  @Test
  void run_meshOutlierDetection_meshesBeatKubeProxy_theCapEjectsNobody(@TempDir Path tmp)
      throws Exception {
    Path out = tmp.resolve("out");
    Cli.Result r = Cli.run(new String[] {"run",
        Examples.file("mesh-outlier-detection").toString(), "--set",
        "spec.experiment.duration=150s", "--replications", "2", "--format", "json", "--out",
        out.toString()});
    assertEquals(ExitCodes.OK, r.exit(), r.err());
    JsonNode results = JSON.readTree(out.resolve("results.json").toFile());
    java.util.Map<String, JsonNode> kpis = new java.util.HashMap<>();
    for (JsonNode v : results.get("variants")) {
      kpis.put(v.get("name").asString(), v.get("kpis"));
    }
    double base = kpis.get("default").get("successRateDuringFault").get("mean").asDouble();
    for (String mesh : List.of("envoy", "envoy-always-eject-one", "linkerd", "grpc")) {
      double v = kpis.get(mesh).get("successRateDuringFault").get("mean").asDouble();
      assertTrue(v > base + 0.05, mesh + " " + v + " vs kube-proxy " + base);
    }
    assertEquals(0, kpis.get("envoy").get("falseEjections").get("mean").asDouble(),
        "6 hosts and the 10 % cap: nobody is ejected");
    assertTrue(kpis.get("envoy-always-eject-one").get("falseEjections").get("mean").asDouble()
        > 0, "node-3's own sidecar ejects a healthy peer");
    assertEquals(1, kpis.get("envoy-istio-timeouts").get("attemptsPerRequest").get("mean")
        .asDouble(), 1e-9, "the client's deadline comes before the sidecar's connect timeout");
  }
}
