package io.kubesim.reports.format;

import io.kubesim.metrics.FailureCause;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Failure causes in {@link FailureCause} order, unknown ones after them alphabetically. */
public final class CauseOrder {

  private CauseOrder() {}

  /** The keys in cause order. */
  public static List<String> of(Iterable<String> keys) {
    TreeSet<String> rest = new TreeSet<>();
    keys.forEach(rest::add);
    List<String> ordered = new ArrayList<>();
    for (FailureCause cause : FailureCause.values()) {
      if (rest.remove(cause.key())) {
        ordered.add(cause.key());
      }
    }
    ordered.addAll(rest);
    return ordered;
  }
}
