package io.kubesim.scenarios.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Field paths and merge patches on the located tree. */
class TreeEditTest {
  private final YamlLoader yaml = YamlLoader.withDefaultLimits();

  private Node load(String text) {
    return yaml.load("t.yaml", text);
  }

  private static String scalar(Node root, String... keys) {
    Node n = root;
    for (String k : keys) {
      n = k.matches("\\d+") ? ((ListNode) n).items().get(Integer.parseInt(k))
          : ((MapNode) n).get(k).orElseThrow();
    }
    return ((ScalarNode) n).text();
  }

  @Test
  void set_byNameAndIndex_replacesOnlyThatValue() {
    Node root = load("spec: {deployments: [{name: a, replicas: 1}, {name: b, replicas: 2}]}");
    Node byName = TreePath.parse("spec.deployments[b].replicas")
        .set(root, load("5"));
    Node byIndex = TreePath.parse("spec.deployments[0].replicas").set(root, load("7"));
    assertEquals("5", scalar(byName, "spec", "deployments", "1", "replicas"));
    assertEquals("1", scalar(byName, "spec", "deployments", "0", "replicas"));
    assertEquals("7", scalar(byIndex, "spec", "deployments", "0", "replicas"));
    assertEquals("2", scalar(root, "spec", "deployments", "1", "replicas"), "input untouched");
  }

  @Test
  void set_createsMissingMaps_andRefusesUnknownItems() {
    Node root = load("spec: {deployments: [{name: a}]}");
    Node set = TreePath.parse("spec.experiment.duration").set(root, load("60s"));
    assertEquals("60s", scalar(set, "spec", "experiment", "duration"));
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> TreePath.parse("spec.deployments[zz].replicas").set(root, load("1")));
    assertTrue(e.getMessage().contains("no item named 'zz'; items are [a]"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> TreePath.parse("spec..x"));
  }

  @Test
  void mergePatch_mergesMapsAndNamedLists_nullRemoves() {
    Node base = load("""
        deployments:
          - {name: a, replicas: 1, template: {server: {concurrency: 2}, probe: {period: 10}}}
          - {name: b, replicas: 2}
        zones: [x, y]
        """);
    Node patch = load("""
        deployments:
          - {name: a, template: {probe: null, server: {queue: 5}}}
          - {name: c, replicas: 3}
        zones: [z]
        """);
    MapNode merged = (MapNode) MergePatch.apply(base, patch);
    ListNode deployments = (ListNode) merged.get("deployments").orElseThrow();
    assertEquals(3, deployments.items().size());
    MapNode a = (MapNode) deployments.items().get(0);
    MapNode template = (MapNode) a.get("template").orElseThrow();
    assertEquals(List.of("server"), List.copyOf(template.keys()));
    assertEquals("2", scalar(template, "server", "concurrency"));
    assertEquals("5", scalar(template, "server", "queue"));
    assertEquals("1", scalar(a, "replicas"));
    assertEquals(1, ((ListNode) merged.get("zones").orElseThrow()).items().size());
  }

  @Test
  void loader_keepsLinesAndColumns_andSharesAliases() {
    MapNode root = (MapNode) load("a: &x {b: 1}\nc: *x\n");
    assertEquals(new Location("t.yaml", 1, 11), ((MapNode) root.get("a").orElseThrow())
        .get("b").orElseThrow().location());
    assertEquals(root.get("a").orElseThrow(), root.get("c").orElseThrow());
    assertEquals(new Location("t.yaml", 2, 1), root.keyLocation("c"));
  }
}
