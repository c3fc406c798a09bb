package io.kubesim.reports;

import io.kubesim.reports.format.CauseOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The deterministic key order of maps written to results files: failure causes in
 * {@link FailureCause} order (unknown causes after them, alphabetically), other unordered maps
 * alphabetically.
 */
final class ResultsOrder {

  private ResultsOrder() {}

  /** The keys of {@code map} in alphabetical order. */
  static List<String> sortedKeys(Map<String, ?> map) {
    return new ArrayList<>(new TreeSet<>(map.keySet()));
  }

  /** The keys of a cause-keyed map: known causes in enum order, then the rest sorted. */
  static List<String> causeKeys(Map<String, ?> map) {
    return causeKeys(map.keySet());
  }

  /** The given cause keys: known causes in enum order, then the rest sorted. */
  static List<String> causeKeys(Iterable<String> keys) {
    return CauseOrder.of(keys);
  }
}
