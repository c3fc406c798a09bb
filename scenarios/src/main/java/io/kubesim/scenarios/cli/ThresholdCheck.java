package io.kubesim.scenarios.cli;

import io.kubesim.experiment.Estimate;
import io.kubesim.experiment.ExperimentResult;
import io.kubesim.scenarios.spec.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Evaluates a scenario's thresholds against a result. */
final class ThresholdCheck {
  private ThresholdCheck() {}

  /**
   * One evaluated threshold.
   *
   * @param threshold the criterion and its variant
   * @param actual the KPI's mean (NaN when the run produced none)
   */
  record Outcome(Scenario.VariantThreshold threshold, double actual) {
    boolean passed() {
      return threshold.threshold().passes(actual);
    }

    String describe() {
      return TerminalText.clean(String.format(Locale.ROOT, "%s %s: %s %s (mean %s)",
          passed() ? "PASS" : "FAIL",
          threshold.variant(), threshold.threshold().kpi(), threshold.threshold().text(),
          Double.isNaN(actual) ? "n/a" : String.format(Locale.ROOT, "%.6g", actual)));
    }
  }

  static List<Outcome> evaluate(Scenario scenario, ExperimentResult result) {
    List<Outcome> out = new ArrayList<>();
    for (Scenario.VariantThreshold t : scenario.thresholds()) {
      double actual = result.variants().stream()
          .filter(v -> v.name().equals(t.variant()))
          .findFirst()
          .map(v -> v.kpis().getOrDefault(t.threshold().kpi(), Estimate.empty()).mean())
          .orElse(Double.NaN);
      out.add(new Outcome(t, actual));
    }
    return out;
  }
}
