package io.kubesim.scenarios.yaml;

import java.util.List;

/**
 * A YAML sequence.
 *
 * @param location where it starts
 * @param items its items in order
 * @param expandedSize nodes in this subtree, shared subtrees counted each time
 */
public record ListNode(Location location, List<Node> items, long expandedSize) implements Node {

  /** Canonical constructor: copies the items. */
  public ListNode {
    items = List.copyOf(items);
  }

  /** A list of {@code items}, computing its size. */
  public static ListNode of(Location location, List<Node> items) {
    long size = 1;
    for (Node n : items) {
      size += n.expandedSize();
    }
    return new ListNode(location, items, size);
  }

  @Override
  public String describe() {
    return "a list";
  }
}
