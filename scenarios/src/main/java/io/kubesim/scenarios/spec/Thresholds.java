package io.kubesim.scenarios.spec;

import io.kubesim.metrics.Kpi;
import io.kubesim.scenarios.schema.Suggest;
import io.kubesim.scenarios.yaml.MapNode;
import io.kubesim.scenarios.yaml.Node;
import io.kubesim.scenarios.yaml.ScenarioException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Reads {@code spec.thresholds}: variant name (or {@code "*"}) → KPI name → criterion. */
final class Thresholds {
  private Thresholds() {}

  /** Every KPI name a threshold may use. */
  static final List<String> KPIS = Arrays.stream(Kpi.values()).map(Kpi::key).toList();

  static List<Scenario.VariantThreshold> read(ObjectReader spec, List<String> variants,
      List<String> declaredVariants) {
    Node node = spec.value("thresholds");
    String path = spec.child("thresholds");
    MapNode byVariant = map(node, path);
    List<Scenario.VariantThreshold> out = new ArrayList<>();
    for (Map.Entry<String, Node> e : byVariant.values().entrySet()) {
      String variant = e.getKey();
      if (!variant.equals("*") && !declaredVariants.contains(variant)) {
        throw new ScenarioException(byVariant.keyLocation(variant), path + "." + variant,
            "no variant named '" + variant + "'" + Suggest.didYouMean(variant, declaredVariants)
                + "; use a variant name or \"*\" for every variant");
      }
      MapNode byKpi = map(e.getValue(), path + "." + variant);
      for (Map.Entry<String, Node> k : byKpi.values().entrySet()) {
        String kpi = k.getKey();
        String p = path + "." + variant + "." + kpi;
        if (!KPIS.contains(kpi)) {
          throw new ScenarioException(byKpi.keyLocation(kpi), p, "unknown KPI '" + kpi + "'"
              + Suggest.didYouMean(kpi, KPIS) + "; KPIs are " + String.join(", ", KPIS));
        }
        Threshold t = Values.threshold(ObjectReader.scalar(k.getValue(), p, "a threshold"), kpi, p);
        for (String v : variants) {
          if (variant.equals("*") || v.equals(variant) || v.startsWith(variant + ", ")
              || v.startsWith(variant + " @ ")
              || declaredVariants.size() == 1) {
            out.add(new Scenario.VariantThreshold(v, t));
          }
        }
      }
    }
    return out;
  }

  private static MapNode map(Node node, String path) {
    if (!(node instanceof MapNode m)) {
      throw new ScenarioException(node.location(), path, "expected a map, got " + node.describe());
    }
    return m;
  }
}
