package io.kubesim.reports.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesim.experiment.ExperimentResult;
import io.kubesim.reports.FixturesAccess;
import io.kubesim.reports.HtmlReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The choice arithmetic of a policy matrix, on hand-made figures: A wins the gray partition but
 * collapses at low load, B is second everywhere and never far behind, C is beaten by B on both
 * benefit and cost.
 */
class PolicyMatrixTest {
  private static final List<String> VARIANTS = List.of("default", "A", "B", "C");
  private static final List<String> CASES = List.of("gray", "crash", "low-load");
  // headline: during the fault, or overall success at low load
  private static final double[][] HEADLINE = {
      {0.72, 0.93, 1.00},
      {0.78, 0.93, 0.60},
      {0.75, 0.94, 0.99},
      {0.74, 0.93, 0.95}};
  // overall success in the cases with faults
  private static final double[][] OVERALL = {
      {0.84, 0.96, 0},
      {0.87, 0.96, 0},
      {0.86, 0.965, 0},
      {0.85, 0.96, 0}};

  private static PolicyMatrix matrix() {
    return PolicyMatrix.of(FixturesAccess.matrix(VARIANTS, CASES, HEADLINE, OVERALL))
        .orElseThrow();
  }

  @Test
  void ofAPlainResultOrASweep_isEmpty() {
    assertTrue(PolicyMatrix.of(FixturesAccess.twoVariants()).isEmpty());
    assertTrue(PolicyMatrix.of(FixturesAccess.sweep()).isEmpty());
  }

  @Test
  void rowsAndColumns_followTheScenarioOrder() {
    PolicyMatrix m = matrix();

    assertEquals(VARIANTS, m.variants());
    assertEquals(CASES, m.cases());
    assertEquals("default", m.baseline());
    assertEquals("A @ crash", m.cell("A", "crash").name());
  }

  @Test
  void theHeadline_isSuccessDuringTheFault_orOverallWithoutFaults() {
    PolicyMatrix m = matrix();

    assertEquals("successRateDuringFault", m.headlineKpi("gray"));
    assertEquals("successRate", m.headlineKpi("low-load"));
    assertFalse(m.hasFaults("low-load"));
  }

  @Test
  void best_isTheHighestHeadlineOfTheCase() {
    PolicyMatrix m = matrix();

    assertEquals("A", m.best("gray"));
    assertEquals("B", m.best("crash"));
    assertEquals("default", m.best("low-load"));
  }

  @Test
  void robust_minimisesTheWorstShortfallBehindTheBest() {
    PolicyMatrix m = matrix();

    assertEquals(0.06, m.worstRegret("default"), 1e-9);
    assertEquals("gray", m.worstCase("default"));
    assertEquals(0.40, m.worstRegret("A"), 1e-9);
    assertEquals("low-load", m.worstCase("A"));
    assertEquals(0.03, m.worstRegret("B"), 1e-9);
    assertEquals("B", m.robust());
  }

  @Test
  void benefitAndCost_comeFromThePairedDifferences() {
    PolicyMatrix m = matrix();

    assertEquals(0.03, m.benefit("A"), 1e-9, "mean of +6 pp and 0 over the faulty cases");
    assertEquals(0.40, m.cost("A"), 1e-9, "the low-load loss");
    assertEquals("low-load", m.costCase("A"));
    assertEquals(0.02, m.benefit("B"), 1e-9);
    assertEquals(0.01, m.cost("B"), 1e-9);
    assertEquals(0, m.benefit("default"));
    assertEquals(0, m.cost("default"));
  }

  @Test
  void frontier_leavesOutTheDominatedVariant_inOrderOfCost() {
    assertEquals(List.of("default", "B", "A"), matrix().frontier());
  }

  @Test
  void caseResult_holdsTheCaseVariantsByTheirDeclaredNames() {
    ExperimentResult r = matrix().caseResult("crash");

    assertEquals(VARIANTS, r.variants().stream().map(ExperimentResult.VariantResult::name)
        .toList());
    assertEquals(List.of("f"), r.faults().stream().map(ExperimentResult.FaultWindow::name)
        .toList());
    assertEquals("default", r.comparisons().get(0).baseline());
    assertEquals(3, r.comparisons().size());
  }

  @Test
  void report_showsHeatmapsChoicesAndVerdict_andEscapesCaseNames(@TempDir Path tmp)
      throws Exception {
    String hostile = "<script>alert(1)</script>";
    List<String> cases = List.of("gray", hostile, "low-load");
    Path file = tmp.resolve("report.html");

    HtmlReport.write(FixturesAccess.matrix(VARIANTS, cases, HEADLINE, OVERALL), "test",
        Instant.parse("2025-01-02T03:04:05Z"), file);

    String html = Files.readString(file);
    assertFalse(html.contains(hostile), "escaped");
    Document doc = Jsoup.parse(html);
    assertEquals(0, doc.select("script").size());
    assertEquals(4, doc.select("table[data-heatmap=matrix-headline] tbody tr").size());
    assertEquals(3, doc.select("table[data-heatmap=matrix-gain] tbody tr").size(),
        "every variant but the baseline");
    assertEquals("A", doc.select("table[data-heatmap=matrix-headline] tbody tr").get(1)
        .select("th").text());
    assertTrue(doc.select("table[data-heatmap=matrix-headline] tbody tr").get(1)
        .select("td").get(0).hasClass("best"), "A is the gray partition's best");
    assertTrue(doc.select("#choice-table").text().contains("B never much worse"));
    String verdict = doc.select("#verdict .summary").text();
    assertTrue(verdict.contains("gray: best is A"), verdict);
    assertTrue(verdict.contains("Never much worse: B, at most 3.00 pp behind"), verdict);
    assertTrue(verdict.contains("default, B, A are on the frontier"), verdict);
    assertTrue(doc.select("#kpi-table").parents().is("details"), "the wide table is folded");
  }
}
