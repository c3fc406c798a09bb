package io.kubesim.scenarios.spec;

import io.kubesim.scenarios.schema.Suggest;
import io.kubesim.scenarios.yaml.Node;
import io.kubesim.scenarios.yaml.ScenarioException;
import java.util.List;
import java.util.Set;

/**
 * The names a scenario declares (nodes, zones, deployments, services), so references to them can
 * be checked where they are written, with a suggestion for a typo.
 *
 * @param nodes node names
 * @param zones zone names
 * @param deployments deployment names
 * @param services service names
 */
record References(Set<String> nodes, Set<String> zones, Set<String> deployments,
    Set<String> services) {

  void requireNodes(ObjectReader r, String field, List<String> names) {
    require(r, field, names, nodes, "node");
  }

  void requireZones(ObjectReader r, String field, List<String> names) {
    require(r, field, names, zones, "zone");
  }

  void requireDeployment(ObjectReader r, String field, String name) {
    require(r, field, List.of(name), deployments, "deployment");
  }

  void requireService(ObjectReader r, String field, String name) {
    require(r, field, List.of(name), services, "service");
  }

  private static void require(ObjectReader r, String field, List<String> names, Set<String> known,
      String what) {
    for (String name : names) {
      if (!known.contains(name)) {
        Node at = r.value(field);
        throw new ScenarioException(at.location(), r.child(field), "no " + what + " named '" + name
            + "'" + Suggest.didYouMean(name, known) + "; known: "
            + known.stream().sorted().limit(20).toList());
      }
    }
  }
}
