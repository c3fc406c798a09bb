package io.kubesim.cluster;

import java.util.List;

/**
 * Where the scheduler puts a deployment's pods. Only Ready nodes with room are candidates.
 *
 * @param strategy the rule
 * @param nodes for {@link Strategy#EXPLICIT}: node names, used in turn
 */
public record Placement(Strategy strategy, List<String> nodes) {
  /** The placement rule. */
  public enum Strategy {
    /** The candidate node with the fewest pods of this deployment (ties: node order). */
    SPREAD,
    /** The first candidate node (in node order) that still has room. */
    PACK,
    /** The listed nodes, in turn. */
    EXPLICIT
  }

  public Placement {
    if (strategy == null) {
      throw new IllegalArgumentException("placement.strategy is required");
    }
    nodes = List.copyOf(nodes == null ? List.of() : nodes);
    if (strategy == Strategy.EXPLICIT && nodes.isEmpty()) {
      throw new IllegalArgumentException("placement: explicit placement needs a list of nodes");
    }
  }

  /** One pod per node, in turn. */
  public static Placement spread() {
    return new Placement(Strategy.SPREAD, List.of());
  }
}
