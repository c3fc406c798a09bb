package io.kubesim.reports.matrix;

import io.kubesim.experiment.Estimate;
import io.kubesim.experiment.ExperimentResult;
import io.kubesim.experiment.ExperimentResult.Comparison;
import io.kubesim.experiment.ExperimentResult.FaultWindow;
import io.kubesim.experiment.ExperimentResult.VariantResult;
import io.kubesim.experiment.Variant;
import io.kubesim.metrics.Kpi;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The results of a policy matrix, indexed by variant (row) and case (column), in scenario order.
 *
 * <p>The figure of merit of a case is its <em>headline</em>: the success rate of requests
 * during the fault, or the overall success rate in a case without faults (low load), where a
 * policy can only cost. A variant's <em>regret</em> in a case is how far its headline falls
 * behind the best variant's there, in fractions; the variant with the smallest worst-case regret
 * is the one that is never much worse. Its <em>benefit</em> is the mean paired gain in success
 * during the fault over the cases with faults, and its <em>cost</em> the largest paired loss of
 * the overall success rate in any case (0 when it never loses): requests a policy throws away
 * through false unready verdicts, false ejections or capacity it does not give back.
 */
public final class PolicyMatrix {
  private final ExperimentResult result;
  private final List<String> variants;
  private final List<String> cases;
  private final Map<String, VariantResult> cells = new HashMap<>();
  private final Map<String, Comparison> comparisons = new HashMap<>();
  private final Map<String, String> baselines = new HashMap<>();

  private PolicyMatrix(ExperimentResult result) {
    this.result = result;
    Set<String> vs = new LinkedHashSet<>();
    Set<String> cs = new LinkedHashSet<>();
    for (VariantResult v : result.variants()) {
      String variant = v.parameters().get(Variant.VARIANT_PARAMETER);
      String c = v.parameters().get(Variant.CASE_PARAMETER);
      vs.add(variant);
      cs.add(c);
      cells.put(key(variant, c), v);
    }
    this.variants = List.copyOf(vs);
    this.cases = List.copyOf(cs);
    for (Comparison c : result.comparisons()) {
      comparisons.put(c.variant(), c);
    }
    for (String c : cases) {
      baselines.put(c, variants.get(0));
    }
  }

  /**
   * The matrix of {@code r}, when it is one: every variant has a case and a declared variant,
   * and no sweep parameter.
   */
  public static Optional<PolicyMatrix> of(ExperimentResult r) {
    if (r.variants().isEmpty() || r.sweepParameter().isPresent()) {
      return Optional.empty();
    }
    for (VariantResult v : r.variants()) {
      if (!v.parameters().containsKey(Variant.CASE_PARAMETER)
          || !v.parameters().containsKey(Variant.VARIANT_PARAMETER)) {
        return Optional.empty();
      }
    }
    PolicyMatrix m = new PolicyMatrix(r);
    for (String v : m.variants) {
      for (String c : m.cases) {
        if (!m.cells.containsKey(key(v, c))) {
          return Optional.empty();
        }
      }
    }
    return Optional.of(m);
  }

  /** The result it indexes. */
  public ExperimentResult result() {
    return result;
  }

  /** Row names: the declared variants, the first being every case's baseline. */
  public List<String> variants() {
    return variants;
  }

  /** Column names: the cases. */
  public List<String> cases() {
    return cases;
  }

  /** The baseline variant every other one is compared with. */
  public String baseline() {
    return variants.get(0);
  }

  /** The results of {@code variant} under {@code matrixCase}. */
  public VariantResult cell(String variant, String matrixCase) {
    return cells.get(key(variant, matrixCase));
  }

  /** The estimate of KPI {@code kpi} of a cell, empty when the results hold none. */
  public Estimate estimate(String variant, String matrixCase, String kpi) {
    return cell(variant, matrixCase).kpis().getOrDefault(kpi, Estimate.empty());
  }

  /** The paired difference (cell − baseline of the case) of KPI {@code kpi}; empty for the baseline. */
  public Estimate difference(String variant, String matrixCase, String kpi) {
    Comparison c = comparisons.get(cell(variant, matrixCase).name());
    return c == null ? Estimate.empty() : c.kpis().getOrDefault(kpi, Estimate.empty());
  }

  /** Whether any cell holds a finite value of KPI {@code kpi}. */
  public boolean has(String kpi) {
    return result.variants().stream().anyMatch(v -> v.kpis().containsKey(kpi)
        && Double.isFinite(v.kpis().get(kpi).mean()));
  }

  /** Whether the case has faults (else it is a cost-only case, such as low load). */
  public boolean hasFaults(String matrixCase) {
    String prefix = matrixCase + ": ";
    return result.faults().stream().anyMatch(f -> f.name().startsWith(prefix));
  }

  /** The KPI that scores the case: success during the fault, or overall without faults. */
  public String headlineKpi(String matrixCase) {
    if (hasFaults(matrixCase) && variants.stream().allMatch(v -> Double.isFinite(
        estimate(v, matrixCase, Kpi.SUCCESS_RATE_DURING_FAULT.key()).mean()))) {
      return Kpi.SUCCESS_RATE_DURING_FAULT.key();
    }
    return Kpi.SUCCESS_RATE.key();
  }

  /** The headline of a cell. */
  public Estimate headline(String variant, String matrixCase) {
    return estimate(variant, matrixCase, headlineKpi(matrixCase));
  }

  /** The variant with the highest headline in the case (the first of equals). */
  public String best(String matrixCase) {
    String best = variants.get(0);
    for (String v : variants) {
      if (headline(v, matrixCase).mean() > headline(best, matrixCase).mean()) {
        best = v;
      }
    }
    return best;
  }

  /** How far the variant's headline falls behind the case's best, as a fraction (≥ 0). */
  public double regret(String variant, String matrixCase) {
    double r = headline(best(matrixCase), matrixCase).mean() - headline(variant, matrixCase).mean();
    return Double.isFinite(r) ? Math.max(0, r) : Double.NaN;
  }

  /** The variant's largest regret over every case. */
  public double worstRegret(String variant) {
    double worst = 0;
    for (String c : cases) {
      worst = Math.max(worst, regret(variant, c));
    }
    return worst;
  }

  /** The case in which the variant's regret is largest. */
  public String worstCase(String variant) {
    String worst = cases.get(0);
    for (String c : cases) {
      if (regret(variant, c) > regret(variant, worst)) {
        worst = c;
      }
    }
    return worst;
  }

  /** The variant whose worst-case regret is smallest: never much worse than the best. */
  public String robust() {
    String robust = variants.get(0);
    for (String v : variants) {
      if (worstRegret(v) < worstRegret(robust)) {
        robust = v;
      }
    }
    return robust;
  }

  /** Mean paired gain in success during the fault over the cases with faults (fraction). */
  public double benefit(String variant) {
    double sum = 0;
    int n = 0;
    for (String c : cases) {
      if (!hasFaults(c)) {
        continue;
      }
      double d = variant.equals(baseline()) ? 0
          : difference(variant, c, Kpi.SUCCESS_RATE_DURING_FAULT.key()).mean();
      if (Double.isFinite(d)) {
        sum += d;
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }

  /** The largest paired loss of the overall success rate in any case (fraction, ≥ 0). */
  public double cost(String variant) {
    double worst = 0;
    for (String c : cases) {
      double d = variant.equals(baseline()) ? 0
          : difference(variant, c, Kpi.SUCCESS_RATE.key()).mean();
      if (Double.isFinite(d)) {
        worst = Math.max(worst, -d);
      }
    }
    return worst;
  }

  /** The case in which {@link #cost} is incurred. */
  public String costCase(String variant) {
    String worst = cases.get(0);
    double loss = 0;
    for (String c : cases) {
      double d = variant.equals(baseline()) ? 0
          : difference(variant, c, Kpi.SUCCESS_RATE.key()).mean();
      if (Double.isFinite(d) && -d > loss) {
        loss = -d;
        worst = c;
      }
    }
    return worst;
  }

  /**
   * The variants no other one dominates: none has at least their benefit at no more cost, and
   * strictly more benefit or strictly less cost. In order of increasing cost.
   */
  public List<String> frontier() {
    List<String> out = new ArrayList<>();
    for (String v : variants) {
      boolean dominated = false;
      for (String w : variants) {
        if (!w.equals(v) && benefit(w) >= benefit(v) && cost(w) <= cost(v)
            && (benefit(w) > benefit(v) || cost(w) < cost(v))) {
          dominated = true;
          break;
        }
      }
      if (!dominated) {
        out.add(v);
      }
    }
    out.sort((a, b) -> Double.compare(cost(a), cost(b)));
    return out;
  }

  /**
   * The result restricted to one case: its variants (named by their declared variant), their
   * comparisons and its faults (named without the case prefix), for charts drawn per case.
   */
  public ExperimentResult caseResult(String matrixCase) {
    String prefix = matrixCase + ": ";
    List<FaultWindow> faults = new ArrayList<>();
    for (FaultWindow f : result.faults()) {
      if (f.name().startsWith(prefix)) {
        faults.add(new FaultWindow(f.name().substring(prefix.length()), f.kind(),
            f.startSeconds(), f.endSeconds()));
      }
    }
    Map<String, String> rename = new HashMap<>();
    List<VariantResult> vs = new ArrayList<>();
    for (String v : variants) {
      VariantResult c = cell(v, matrixCase);
      rename.put(c.name(), v);
      vs.add(new VariantResult(v, Map.of(), c.kpis(), c.failures(), c.timeSeries(),
          c.latencyCdf(), c.pods(), c.membership()));
    }
    List<Comparison> cs = new ArrayList<>();
    for (Comparison c : result.comparisons()) {
      if (rename.containsKey(c.variant())) {
        cs.add(new Comparison(rename.get(c.baseline()), rename.get(c.variant()), c.kpis()));
      }
    }
    return new ExperimentResult(result.scenario(), result.description(), result.seed(),
        result.replications(), result.durationSeconds(), result.warmUpSeconds(),
        result.bucketSeconds(), faults, List.of(), vs, cs, result.sourceText());
  }

  private static String key(String variant, String matrixCase) {
    return variant + '\u0000' + matrixCase;
  }
}
