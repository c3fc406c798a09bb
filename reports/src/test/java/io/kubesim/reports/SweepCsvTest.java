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
}
