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
 * variant) and requests per pod; for a sweep, one chart per KPI that has data against the first
 * parameter and, with two parameters or more, heatmaps over the first two.
 */
public final class ReportCharts {

  /**
   * A sweep with more variants than this gets no over-time, failure and pod charts, only its
   * KPI-vs-parameter charts and heatmaps.
   */
  public static final int MAX_VARIANTS_OVER_TIME = 24;

  private ReportCharts() {}

  /** The charts of {@code r}. */
  public static List<ReportChart> all(ExperimentResult r) {
    Optional<PolicyMatrix> matrix = PolicyMatrix.of(r);
    if (matrix.isPresent()) {
      return matrix(matrix.get());
    }
    List<ReportChart> charts = new ArrayList<>();
    if (!r.sweepParameters().isEmpty() && r.variants().size() > MAX_VARIANTS_OVER_TIME) {
      // A large sweep: a line or a chart per variant would be unreadable; its charts are KPIs
      // against the parameters (the time series are in timeseries.csv).
      return sweep(r, charts);
    }
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
    return sweep(r, charts);
  }

  /** Adds a sweep's charts: one per KPI against the first parameter, then the heatmaps. */
  private static List<ReportChart> sweep(ExperimentResult r, List<ReportChart> charts) {
    if (r.sweepParameter().isPresent()) {
      int index = 0;
      for (String kpi : kpiKeys(r)) {
        if (SweepChart.hasData(r, kpi)) {
          charts.add(SweepChart.create(r, kpi, index++));
        }
      }
      charts.addAll(SweepHeatmapChart.all(r));
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
