package io.kubesim.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesim.experiment.ExperimentResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  static final Instant WHEN = Instant.parse("2025-01-02T03:04:05Z");
  static final String SCRIPT = "<script>alert(1)</script>";

  /** Rendered once: charts take a moment. Also kept for the browser check. */
  static Document report;
  static Document sweepReport;

  @BeforeAll
  static void render() throws IOException {
    Path dir = Path.of("target", "fixture-report");
    Path file = dir.resolve("report.html");
    HtmlReport.write(Fixtures.twoVariants(), "0.1.0-test", WHEN, file);
    report = Jsoup.parse(Files.readString(file));
    Path sweepFile = dir.resolve("sweep-report.html");
    HtmlReport.write(Fixtures.sweep(), "0.1.0-test", WHEN, sweepFile);
    sweepReport = Jsoup.parse(Files.readString(sweepFile));
  }

  @Test
  void write_hasEverySectionInOrderWithTheVerdictFirst() {
    List<String> ids = report.select("body > section").eachAttr("id");
    assertEquals(List.of("verdict", "faults", "over-time", "failures", "pods", "source"), ids);
    assertNotNull(report.selectFirst("header#header h1"));
    assertNotNull(report.selectFirst("#source details pre"));
    assertFalse(report.selectFirst("#source details").hasAttr("open"), "source collapsed");
  }

  @Test
  void write_headerShowsTheRunFacts() {
    String header = report.selectFirst("#header").text();
    assertTrue(header.contains("asymmetric-partition"));
    assertTrue(header.contains("Seed 42"), header);
    assertTrue(header.contains("Replications per variant 20"), header);
    assertTrue(header.contains("0.1.0-test"), header);
    assertTrue(header.contains("2025-01-02 03:04:05 UTC"), header);
  }

  @Test
  void write_summaryLineStatesTheWinnerInPlainLanguage() {
    Elements summary = report.select("#verdict .summary p");
    assertEquals("throughput raised the success rate during the fault from 83.10 % ± 0.40 "
        + "(default) to 99.60 % ± 0.10 (paired difference +16.50 pp, 95 % CI [16.30, 16.70]).",
        summary.get(0).text());
    assertEquals("default never removed the faulty pods from the healthy nodes' routing "
        + "(0/20 replications): they routed to a faulty pod during 100.00 % ± 0.00 of the fault.",
        summary.get(1).text());
    // The fault lasts 60 s: a removal after 21.5 s that held would leave 35.83 % exposed.
    assertEquals("throughput first removed the faulty pods after 21.5 s ± 0.8 (mean over the "
        + "20/20 replications that detected it) but re-admitted them 1.00 times per fault on "
        + "average: healthy nodes still routed to a faulty pod during 50.00 % ± 1.00 of the "
        + "fault, where a removal that held would have left 35.83 %.", summary.get(2).text());
  }

  @Test
  void write_kpiTableShowsMeansIntervalsDifferencesAndMarksTheBetterValue() {
    Element row = report.selectFirst("#kpi-table tr[data-kpi=successRateDuringFault]");
    Elements cells = row.select("td");
    assertEquals(3, cells.size());
    assertEquals("83.10 % [82.70, 83.50]", cells.get(0).text());
    assertEquals("99.60 % [99.50, 99.70]", cells.get(1).text());
    assertFalse(cells.get(0).hasClass("best"));
    assertTrue(cells.get(1).hasClass("best"));
    assertTrue(cells.get(2).text().startsWith("+16.50 pp [16.30, 16.70] better"),
        cells.get(2).text());
    Element p99 = report.selectFirst("#kpi-table tr[data-kpi=latencyP99Seconds]");
    assertTrue(p99.select("td").get(1).hasClass("best"), "lower latency is better");
    assertTrue(p99.selectFirst("th").text().contains("(ms)"));
    Element detection = report.selectFirst("#kpi-table tr[data-kpi=detectionSeconds]");
    assertEquals("— (0/20)", detection.select("td").get(0).text(),
        "NaN shown as a dash, with the replications that detected the fault");
    assertEquals("21,500 ms (20/20) [20,700, 22,300]", detection.select("td").get(1).text());
  }

  @Test
  void write_embedsEveryChartAsAPngDataUri() {
    Elements images = report.select("img");
    // success, latency, CDF, failures by cause, failures over time ×2, membership ×2, pods
    assertEquals(9, images.size());
    for (Element img : images) {
      assertTrue(img.attr("src").startsWith("data:image/png;base64,"), img.attr("id"));
      assertFalse(img.attr("alt").isBlank());
    }
    assertEquals(9, report.select("figure figcaption").size());
  }

  @Test
  void write_sweepAddsOneChartPerKpiWithData() {
    assertNotNull(sweepReport.selectFirst("section#sweep"));
    assertTrue(sweepReport.selectFirst("#sweep h2").text().contains("readiness.minRequests"));
    // One chart per KPI in the fixture, all with data for the swept variants.
    int kpis = io.kubesim.metrics.Kpi.values().length;
    assertEquals(kpis, sweepReport.select("#sweep img").size());
    assertEquals(4 + 4 + 4 + 1 + kpis, sweepReport.select("img").size());
  }

  @Test
  void write_loadsNoExternalResources() {
    for (Document d : List.of(report, sweepReport)) {
      for (Element e : d.select("[src], [href]")) {
        String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
        assertTrue(url.startsWith("data:") || url.startsWith("#"), "external: " + url);
      }
      assertTrue(d.select("script, link, iframe, object, embed").isEmpty());
    }
  }

  @Test
  void write_escapesScriptInScenarioNameDescriptionVariantAndPodNames() throws IOException {
    ExperimentResult hostile = Fixtures.twoVariants(SCRIPT, "desc " + SCRIPT,
        "base" + SCRIPT, "other\"><img src=x onerror=alert(1)>", "pod" + SCRIPT);
    hostile = new ExperimentResult(hostile.scenario(), hostile.description(), hostile.seed(),
        hostile.replications(), hostile.durationSeconds(), hostile.warmUpSeconds(),
        hostile.bucketSeconds(),
        List.of(new ExperimentResult.FaultWindow("f" + SCRIPT, "k" + SCRIPT, 30, 90)),
        List.of("p" + SCRIPT), hostile.variants(), hostile.comparisons(),
        "source: " + SCRIPT + "\n</pre></details><script>x()</script>");
    String html = HtmlReport.render(hostile, "v" + SCRIPT, WHEN);
    Document d = Jsoup.parse(html);
    assertTrue(d.select("script").isEmpty(), "no injected script element");
    assertEquals(0, d.select("img:not([src^=data:image/png;base64,])").size(),
        "no injected image");
    assertEquals(SCRIPT, d.selectFirst("h1").text());
    assertTrue(d.selectFirst("title").text().startsWith(SCRIPT));
    assertTrue(d.selectFirst("#source pre").text().contains("</pre></details><script>"));
    assertTrue(d.selectFirst("#kpi-table thead").text().contains("base" + SCRIPT));
    assertTrue(d.selectFirst("#fault-table").text().contains("f" + SCRIPT));
    assertFalse(html.contains("<script>"));
  }
}
