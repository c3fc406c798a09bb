package io.kubesim.scenarios.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesim.experiment.Variant;
import io.kubesim.scenarios.yaml.TreePath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Sweep grids: Cartesian products, Latin hypercubes, parameters inside patches. */
class SweepTest {
  private static final String SCENARIO = """
      apiVersion: kubesim.io/v1
      kind: Scenario
      metadata: {name: grid}
      spec:
        cluster: {nodes: {count: 3}}
        deployments:
          - name: web
            replicas: 3
            template: {server: {serviceTime: 10ms}, readinessProbe: {}}
        services: [{name: web, selector: {app: web}}]
        clients: [{name: c, service: web, arrivals: {rate: 100/s}}]
        variants:
          - name: default
          - name: small
            patch:
              deployments: [{name: web, replicas: 2}]
        experiment: {duration: 1m, replications: 2, seed: 5}
      """;

  private static Sweep.Axis axis(String path, String... values) {
    return new Sweep.Axis(TreePath.parse(path), List.of(values));
  }

  private static List<Variant> load(Sweep sweep) {
    return ScenarioLoader.withDefaultLimits().load("grid.yaml", SCENARIO, List.of(),
        Optional.of(sweep), new Conversion()).experiment().variants();
  }

  private static int replicas(Variant v) {
    return v.model().deployments().get(0).replicas();
  }

  @Test
  void points_areTheCartesianProduct_firstAxisSlowest() {
    Sweep s = new Sweep(List.of(axis("spec.a", "1", "2"), axis("spec.b", "x", "y", "z")),
        List.of(), 0);
    List<Map<String, String>> points = s.points(1);
    assertEquals(6, s.pointCount());
    assertEquals(6, points.size());
    assertEquals(Map.of("spec.a", "1", "spec.b", "x"), points.get(0));
    assertEquals(Map.of("spec.a", "1", "spec.b", "y"), points.get(1));
    assertEquals(Map.of("spec.a", "2", "spec.b", "z"), points.get(5));
    assertEquals(List.of("spec.a", "spec.b"), new ArrayList<>(points.get(3).keySet()));
  }

  @Test
  void hypercube_putsOnePointInEveryStratumOfEveryParameter() {
    int n = 40;
    Sweep s = new Sweep(List.of(), List.of(Sweep.Range.parse("spec.x=0.0:1.0"),
        Sweep.Range.parse("spec.y=100.0ms:500.0ms")), n);
    List<Map<String, String>> points = s.points(42);
    assertEquals(n, points.size());
    Set<Integer> xs = new HashSet<>();
    Set<Integer> ys = new HashSet<>();
    for (Map<String, String> p : points) {
      double x = Double.parseDouble(p.get("spec.x"));
      String y = p.get("spec.y");
      assertTrue(y.endsWith("ms"), y);
      double yv = Double.parseDouble(y.substring(0, y.length() - 2));
      assertTrue(x >= 0 && x < 1 && yv >= 100 && yv < 500, p.toString());
      xs.add((int) Math.floor(x * n));
      ys.add((int) Math.floor((yv - 100) / 400 * n));
    }
    assertEquals(n, xs.size(), "one x in each of the " + n + " strata");
    assertEquals(n, ys.size(), "one y in each of the " + n + " strata");
  }

  @Test
  void hypercube_dependsOnTheSeedOnly() {
    Sweep s = new Sweep(List.of(), List.of(Sweep.Range.parse("spec.x=0.0:1.0")), 10);
    assertEquals(s.points(7), s.points(7));
    assertNotEquals(s.points(7), s.points(8));
  }

  @Test
  void hypercube_ofIntegerEnds_givesIntegersInRange() {
    Sweep s = new Sweep(List.of(), List.of(Sweep.Range.parse("spec.r=2:5")), 4);
    Set<String> values = new HashSet<>();
    s.points(3).forEach(p -> values.add(p.get("spec.r")));
    assertEquals(Set.of("2", "3", "4", "5"), values, "4 strata of 4 integers: each once");
  }

  @Test
  void range_withDifferentUnits_isRefused() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> Sweep.Range.parse("spec.x=100ms:2s"));
    assertTrue(e.getMessage().contains("same unit"), e.getMessage());
  }

  @Test
  void path_outsideTheModelOrOutsideAPatch_isRefused() {
    for (String p : List.of("spec.experiment.duration", "metadata.name",
        "spec.variants[small].name", "spec.variants[small].description",
        "spec.deployments[web].name")) {
      assertThrows(IllegalArgumentException.class, () -> axis(p, "1"), p);
    }
  }

  @Test
  void parameterInsideAVariantPatch_changesThatVariantOnly() {
    List<Variant> vs = load(Sweep.of(
        TreePath.parse("spec.variants[small].patch.deployments[web].replicas"), List.of("1", "4")));
    assertEquals(List.of("default, replicas=1", "default, replicas=4", "small, replicas=1",
        "small, replicas=4"), vs.stream().map(Variant::name).toList());
    assertEquals(List.of(3, 3, 1, 4), vs.stream().map(SweepTest::replicas).toList());
    assertEquals("4", vs.get(3).parameters()
        .get("spec.variants[small].patch.deployments[web].replicas"));
    assertEquals("small", vs.get(3).parameters().get(Variant.VARIANT_PARAMETER));
  }

  @Test
  void modelParameter_winsOverAVariantPatch_andCrossesWithOthers() {
    List<Variant> vs = load(new Sweep(List.of(axis("spec.deployments[web].replicas", "5", "6"),
        axis("spec.clients[c].arrivals.rate", "10/s", "20/s")), List.of(), 0));
    assertEquals(8, vs.size());
    assertEquals("default, replicas=5, rate=10/s", vs.get(0).name());
    assertEquals("small, replicas=6, rate=20/s", vs.get(7).name());
    assertEquals(List.of(5, 5, 6, 6, 5, 5, 6, 6), vs.stream().map(SweepTest::replicas).toList());
  }

  @Test
  void policyMatrix_sweepsEveryVariantUnderEveryCase_andACaseParameterChangesThatCaseOnly() {
    String matrix = SCENARIO.replace("  variants:\n", """
          cases:
            - name: busy
            - name: quiet
              patch:
                clients: [{name: c, arrivals: {rate: 5/s}}]
          variants:
        """);
    List<Variant> vs = ScenarioLoader.withDefaultLimits().load("grid.yaml", matrix, List.of(),
        Optional.of(Sweep.of(TreePath.parse("spec.cases[quiet].patch.deployments"),
            List.of("[{name: web, replicas: 7}]"))), new Conversion()).experiment().variants();
    assertEquals(4, vs.size());
    assertEquals(List.of("busy", "busy", "quiet", "quiet"),
        vs.stream().map(v -> v.parameters().get(Variant.CASE_PARAMETER)).toList());
    assertEquals(List.of(3, 2, 7, 2), vs.stream().map(SweepTest::replicas).toList(),
        "the case patch sets 7, the small variant's patch then sets 2");
  }
}
