package io.kubesim.reports.charts;

import io.kubesim.experiment.ExperimentResult;
import io.kubesim.reports.matrix.PolicyMatrix;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every chart of a report, in page order: success rate, latency and latency CDF over time;
 * failures by cause (all variants) and over time (one per variant); endpoint membership (one per
 * variant) and requests per pod; for a sweep, one chart per KPI that has data.
 */
public final class ReportCharts {

  private ReportCharts() {}

  /** The charts of {@code r}. */
  public static List<ReportChart> all(ExperimentResult r) {
    Optional<PolicyMatrix> matrix = PolicyMatrix.of(r);
    if (matrix.isPresent()) {
      return matrix(matrix.get());
    }
    List<ReportChart> charts = new ArrayList<>();
    charts.add(SuccessRateChart.create(r));
    charts.add(LatencyOverTimeChart.create(r));
    charts.add(LatencyCdfChart.create(r));
    charts.add(FailuresByCauseChart.create(r));
    for (int i = 0; i < r.variants().size(); i++) {
      charts.add(FailuresOverTimeChart.create(r, i));
    }
    for (int i = 0; i < r.variants().size(); i++) {
      charts.add(MembershipChart.create(r, i));
    }
    charts.add(PodRequestsChart.create(r));
    if (r.sweepParameter().isPresent()) {
      int index = 0;
      for (String kpi : kpiKeys(r)) {
        if (SweepChart.hasData(r, kpi)) {
          charts.add(SweepChart.create(r, kpi, index++));
        }
      }
    }
    return charts;
  }

  /**
   * A policy matrix's charts: success rate over time per case (one line per variant); failures
   * by cause, endpoint membership and requests per pod for the first case with faults, whose
   * name the titles carry. The frontier is drawn with the matrix tables.
   */
  private static List<ReportChart> matrix(PolicyMatrix m) {
    List<ReportChart> charts = new ArrayList<>();
    for (int i = 0; i < m.cases().size(); i++) {
      String c = m.cases().get(i);
      charts.add(inCase(SuccessRateChart.create(m.caseResult(c)), c, i));
    }
    String focus = m.cases().stream().filter(m::hasFaults).findFirst().orElse(m.cases().get(0));
    ExperimentResult r = m.caseResult(focus);
    charts.add(inCase(FailuresByCauseChart.create(r), focus, 0));
    for (int i = 0; i < r.variants().size(); i++) {
      charts.add(inCase(MembershipChart.create(r, i), focus, 0));
    }
    charts.add(inCase(PodRequestsChart.create(r), focus, 0));
    return charts;
  }

  private static ReportChart inCase(ReportChart c, String matrixCase, int index) {
    String title = c.title() + " — " + matrixCase;
    c.chart().setTitle(title);
    return new ReportChart(c.id() + "-case-" + index, c.section(), title,
        c.description() + " Case " + matrixCase + ".", c.widthPx(), c.heightPx(), c.chart());
  }

  private static Set<String> kpiKeys(ExperimentResult r) {
    Set<String> keys = new LinkedHashSet<>();
    r.variants().forEach(v -> keys.addAll(v.kpis().keySet()));
    return keys;
  }
}
