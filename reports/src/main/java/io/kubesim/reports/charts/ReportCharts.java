package io.kubesim.reports.charts;

import io.kubesim.experiment.ExperimentResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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

  private static Set<String> kpiKeys(ExperimentResult r) {
    Set<String> keys = new LinkedHashSet<>();
    r.variants().forEach(v -> keys.addAll(v.kpis().keySet()));
    return keys;
  }
}
