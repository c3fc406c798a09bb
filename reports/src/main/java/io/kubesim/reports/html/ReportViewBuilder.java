package io.kubesim.reports.html;

import io.kubesim.experiment.Estimate;
import io.kubesim.experiment.ExperimentResult;
import io.kubesim.experiment.ExperimentResult.Comparison;
import io.kubesim.experiment.ExperimentResult.FaultWindow;
import io.kubesim.experiment.ExperimentResult.VariantResult;
import io.kubesim.reports.charts.ChartPng;
import io.kubesim.reports.charts.ReportChart;
import io.kubesim.reports.charts.ReportCharts;
import io.kubesim.reports.format.CauseOrder;
import io.kubesim.reports.format.Numbers;
import io.kubesim.reports.html.ReportView.Cell;
import io.kubesim.reports.html.ReportView.Fact;
import io.kubesim.reports.html.ReportView.FailureRow;
import io.kubesim.reports.html.ReportView.FaultRow;
import io.kubesim.reports.html.ReportView.Figure;
import io.kubesim.reports.html.ReportView.Sweep;
import io.kubesim.reports.matrix.PolicyMatrix;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Builds the {@link ReportView} of a result: facts, verdict, tables and rendered charts. */
public final class ReportViewBuilder {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private ReportViewBuilder() {}

  /** The view of {@code r}, with every chart rendered to a PNG data URI. */
  public static ReportView build(ExperimentResult r, String kubesimVersion, Instant generatedAt) {
    List<Figure> overTime = new ArrayList<>();
    List<Figure> failures = new ArrayList<>();
    List<Figure> pods = new ArrayList<>();
    List<Figure> sweep = new ArrayList<>();
    for (ReportChart c : ReportCharts.all(r)) {
      Figure f = new Figure(c.id(), c.title(), c.description(), ChartPng.dataUri(c),
          c.widthPx(), c.heightPx());
      switch (c.section()) {
        case OVER_TIME:
          overTime.add(f);
          break;
        case FAILURES:
          failures.add(f);
          break;
        case PODS:
          pods.add(f);
          break;
        default:
          sweep.add(f);
          break;
      }
    }
    List<String> causes = failureCauses(r);
    Optional<PolicyMatrix> matrix = PolicyMatrix.of(r);
    return new ReportView(
        r.scenario(),
        r.description(),
        facts(r, kubesimVersion, generatedAt),
        matrix.map(MatrixViewBuilder::verdict).orElseGet(() -> SummaryText.sentences(r)),
        r.variants().stream().map(VariantResult::name).toList(),
        r.comparisons().stream().map(ReportViewBuilder::comparisonName).toList(),
        KpiTableBuilder.rows(r),
        faults(r),
        causes,
        r.variants().stream().map(v -> failureRow(v, causes)).toList(),
        overTime,
        failures,
        pods,
        r.sweepParameters().isEmpty() ? List.of()
            : List.of(new Sweep(String.join(" × ", r.sweepParameters()), sweep)),
        matrix.map(m -> List.of(MatrixViewBuilder.build(m))).orElse(List.of()),
        r.sourceText());
  }

  private static List<Fact> facts(ExperimentResult r, String version, Instant generatedAt) {
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact("Variants", String.join(", ", PolicyMatrix.of(r)
        .map(PolicyMatrix::variants)
        .orElseGet(() -> r.variants().stream().map(VariantResult::name).toList()))));
    facts.add(new Fact("Replications per variant", Integer.toString(r.replications())));
    facts.add(new Fact("Seed", Long.toString(r.seed())));
    facts.add(new Fact("Simulated duration", Numbers.seconds(r.durationSeconds())));
    facts.add(new Fact("Warm-up (excluded from KPIs)", Numbers.seconds(r.warmUpSeconds())));
    facts.add(new Fact("Time-series bucket", Numbers.seconds(r.bucketSeconds())));
    if (!r.sweepParameters().isEmpty()) {
      facts.add(new Fact(r.sweepParameters().size() == 1 ? "Swept parameter"
          : "Swept parameters", String.join(", ", r.sweepParameters())));
    }
    PolicyMatrix.of(r).ifPresent(m -> {
      facts.add(new Fact("Policy matrix", m.variants().size() + " variants × "
          + m.cases().size() + " cases, each variant compared with " + m.baseline()
          + " in the same case"));
      facts.add(new Fact("Cases", String.join(", ", m.cases())));
    });
    facts.add(new Fact("kubesim version", version));
    facts.add(new Fact("Report generated", WHEN.format(generatedAt)));
    return facts;
  }

  private static List<FaultRow> faults(ExperimentResult r) {
    List<FaultRow> rows = new ArrayList<>();
    double duration = r.durationSeconds() > 0 ? r.durationSeconds() : 1;
    for (FaultWindow f : r.faults()) {
      double left = clampPercent(f.startSeconds() / duration);
      double right = clampPercent(f.endSeconds() / duration);
      String style = String.format(Locale.ROOT, "left:%.2f%%;width:%.2f%%", left,
          Math.max(0.3, right - left));
      rows.add(new FaultRow(f.name(), f.kind(), Numbers.seconds(f.startSeconds()),
          Numbers.seconds(f.endSeconds()), style));
    }
    return rows;
  }

  private static double clampPercent(double fraction) {
    if (!Double.isFinite(fraction)) {
      return 100;
    }
    return Math.max(0, Math.min(100, fraction * 100));
  }

  private static List<String> failureCauses(ExperimentResult r) {
    Set<String> causes = new LinkedHashSet<>();
    r.variants().forEach(v -> causes.addAll(v.failures().keySet()));
    return CauseOrder.of(causes);
  }

  private static FailureRow failureRow(VariantResult v, List<String> causes) {
    List<Cell> cells = new ArrayList<>();
    for (String cause : causes) {
      Estimate e = v.failures().getOrDefault(cause, Estimate.empty());
      cells.add(new Cell(Numbers.value(e.mean(), "fraction"), Numbers.interval(e, "fraction"),
          false));
    }
    return new FailureRow(v.name(), cells);
  }

  /** The heading of a difference column. */
  static String comparisonName(Comparison c) {
    return c.variant() + " − " + c.baseline();
  }
}
