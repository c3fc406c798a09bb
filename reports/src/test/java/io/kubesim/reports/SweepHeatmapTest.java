package io.kubesim.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesim.experiment.ExperimentResult;
import io.kubesim.reports.charts.ReportChart;
import io.kubesim.reports.charts.SweepHeatmapChart;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Heatmaps of a two-parameter sweep, with the best point named, and their place in the report. */
class SweepHeatmapTest {

  @Test
  void all_ofATwoParameterGrid_drawsOneHeatmapPerHeadlineKpi_namingTheBestPoint() {
    List<ReportChart> charts = SweepHeatmapChart.all(Fixtures.grid());
    assertEquals(3, charts.size(), "success rate, during fault, p99 latency");
    ReportChart during = charts.get(1);
    assertTrue(during.title().contains("replicas × minRequests"), during.title());
    assertTrue(during.description().contains("spec.replicas = 6, spec.minRequests = 20"),
        during.description());
  }

  @Test
  void all_ofOneParameter_drawsNone() {
    ExperimentResult r = Fixtures.grid();
    ExperimentResult one = new ExperimentResult(r.scenario(), r.description(), r.seed(),
        r.replications(), r.durationSeconds(), r.warmUpSeconds(), r.bucketSeconds(), r.faults(),
        List.of("spec.replicas"), r.variants(), r.comparisons(), r.sourceText());
    assertEquals(List.of(), SweepHeatmapChart.all(one));
  }

  @Test
  void report_ofAGrid_titlesTheSweepWithBothParameters_andShowsTheHeatmaps() throws Exception {
    Document d = Jsoup.parse(HtmlReport.render(Fixtures.grid(), "0.1.0-test",
        Instant.parse("2026-01-01T00:00:00Z")));
    assertEquals("Sweep of spec.replicas × spec.minRequests", d.selectFirst("#sweep h2").text());
    assertEquals(3, d.select("#sweep figure[id^=chart-sweep-heatmap]").size());
  }

  @Test
  void report_ofALargeSweep_drawsNoChartPerVariant_andSaysWhere() {
    ExperimentResult r = Fixtures.grid(new String[] {"1", "2", "3", "4", "5"},
        new String[] {"1", "2", "3", "4", "5"});
    Document d = Jsoup.parse(HtmlReport.render(r, "0.1.0-test",
        Instant.parse("2026-01-01T00:00:00Z")));
    assertEquals(0, d.select("#over-time figure").size());
    assertTrue(d.selectFirst("#over-time p.note").text().contains("timeseries.csv"));
    assertEquals(3, d.select("#sweep figure[id^=chart-sweep-heatmap]").size());
  }
}
