package io.kubesim.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kubesim.experiment.ExperimentResult;
import io.kubesim.metrics.Kpi;
import java.util.List;
import org.junit.jupiter.api.Test;

/** sweep.csv: one row per variant × KPI, parameters first. */
class SweepCsvTest {

  @Test
  void toCsv_hasOneRowPerVariantAndKpi_withTheParameterColumnsFirst() {
    ExperimentResult r = Fixtures.sweep();
    List<String> lines = List.of(SweepCsv.toCsv(r).split("\r\n"));
    assertEquals("readiness.minRequests,variant,kpi,mean,ciLow,ciHigh,n", lines.get(0));
    assertEquals(1 + r.variants().size() * Kpi.values().length, lines.size());
    var v = r.variants().get(1);
    var e = v.kpis().get(Kpi.SUCCESS_RATE.key());
    String expected = String.join(",", v.parameters().getOrDefault("readiness.minRequests", ""),
        v.parameters().getOrDefault("variant", v.name()), Kpi.SUCCESS_RATE.key(),
        TimeSeriesCsv.number(e.mean()), TimeSeriesCsv.number(e.ciLow()),
        TimeSeriesCsv.number(e.ciHigh()), Integer.toString(e.n()));
    assertEquals(expected, lines.get(1 + Kpi.values().length));
  }

  @Test
  void toCsv_ofARunThatIsNotASweep_isRefused() {
    assertThrows(IllegalArgumentException.class, () -> SweepCsv.toCsv(Fixtures.twoVariants()));
  }

  @Test
  void toCsv_ofAPolicyMatrixSweep_addsTheCaseColumn() {
    ExperimentResult g = Fixtures.grid();
    List<ExperimentResult.VariantResult> variants = new java.util.ArrayList<>();
    for (var v : g.variants()) {
      var params = new java.util.HashMap<>(v.parameters());
      params.put("case", "quiet");
      variants.add(new ExperimentResult.VariantResult(v.name() + " @ quiet", params, v.kpis(),
          v.failures(), v.timeSeries(), v.latencyCdf(), v.pods(), v.membership()));
    }
    ExperimentResult r = new ExperimentResult(g.scenario(), g.description(), g.seed(),
        g.replications(), g.durationSeconds(), g.warmUpSeconds(), g.bucketSeconds(), g.faults(),
        g.sweepParameters(), variants, List.of(), g.sourceText());
    List<String> lines = List.of(SweepCsv.toCsv(r).split("\r\n"));
    assertEquals("spec.replicas,spec.minRequests,case,variant,kpi,mean,ciLow,ciHigh,n",
        lines.get(0));
    assertEquals("3,1,quiet,t,successRate", String.join(",",
        List.of(lines.get(1).split(",")).subList(0, 5)));
  }
}
