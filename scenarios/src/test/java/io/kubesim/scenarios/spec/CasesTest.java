package io.kubesim.scenarios.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesim.experiment.Variant;
import io.kubesim.scenarios.yaml.ScenarioException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code spec.cases}: every variant runs under every case, the case's patch applied before the
 * variant's, and is compared with the first variant of its own case.
 */
class CasesTest {
  private static final String MATRIX = """
      apiVersion: kubesim.io/v1
      kind: Scenario
      metadata: {name: matrix}
      spec:
        cluster: {nodes: {count: 3}}
        deployments:
          - name: web
            replicas: 3
            template: {server: {serviceTime: 10ms}, readinessProbe: {}}
        services: [{name: web, selector: {app: web}}]
        clients: [{name: c, service: web, arrivals: {rate: 100/s}}]
        cases:
          - name: cut
            patch:
              faults:
                - {name: f, action: partition, at: 10s, duration: 20s,
                   selector: {nodes: [node-1]}}
          - name: quiet
            patch:
              clients: [{name: c, arrivals: {rate: 5/s}}]
        variants:
          - name: default
          - name: throughput
            patch:
              deployments:
                - {name: web, template: {readinessProbe: {policy: throughput, minRequests: 10}}}
        thresholds:
          throughput: {successRate: ">= 0.5"}
        experiment: {duration: 1m, replications: 2}
      """;

  private static Scenario load(String text) {
    return ScenarioLoader.withDefaultLimits().load("matrix.yaml", text, List.of(),
        Optional.empty(), new Conversion());
  }

  @Test
  void everyVariantRunsUnderEveryCase_comparedWithTheFirstVariantOfItsCase() {
    List<Variant> variants = load(MATRIX).experiment().variants();

    assertEquals(List.of("default @ cut", "throughput @ cut", "default @ quiet",
        "throughput @ quiet"), variants.stream().map(Variant::name).toList());
    assertEquals(Map.of("case", "quiet", "variant", "throughput"), variants.get(3).parameters());
    assertEquals(Optional.of("default @ cut"), variants.get(1).baseline());
    assertEquals(Optional.of("default @ quiet"), variants.get(2).baseline());
    assertEquals(Optional.of("default @ quiet"), variants.get(3).baseline());
  }

  @Test
  void theCasePatchAndTheVariantPatchBothApply() {
    List<Variant> variants = load(MATRIX).experiment().variants();

    assertEquals(1, variants.get(1).model().faults().size(), "the cut case's fault");
    assertEquals(0, variants.get(3).model().faults().size(), "the quiet case has none");
    assertEquals(new io.kubesim.traffic.Arrivals.Poisson(new io.kubesim.traffic.RateProfile.Constant(5)),
        variants.get(3).model().clients().get(0).arrivals());
    assertTrue(variants.get(3).model().deployments().get(0).template().readinessProbe()
        .orElseThrow().check().toString().contains("minRequests=10"),
        "the variant's patch on top of the case's");
  }

  @Test
  void aThresholdOnADeclaredVariant_appliesInEveryCase() {
    List<String> checked = load(MATRIX).thresholds().stream()
        .map(Scenario.VariantThreshold::variant).toList();

    assertEquals(List.of("throughput @ cut", "throughput @ quiet"), checked);
  }

  @Test
  void duplicateCaseName_isRefusedAtItsPosition() {
    String text = MATRIX.replace("- name: quiet", "- name: cut");

    ScenarioException e = assertThrows(ScenarioException.class, () -> load(text));

    assertTrue(e.getMessage().contains("duplicate case name 'cut'"), e.getMessage());
    assertTrue(e.getMessage().contains("matrix.yaml:18:"), e.getMessage());
  }

  @Test
  void aCaseCannotChangeTheVariants() {
    String text = MATRIX.replace("clients: [{name: c, arrivals: {rate: 5/s}}]",
        "variants: []");

    ScenarioException e = assertThrows(ScenarioException.class, () -> load(text));

    assertTrue(e.getMessage().contains("a case cannot change variants"), e.getMessage());
  }
}
