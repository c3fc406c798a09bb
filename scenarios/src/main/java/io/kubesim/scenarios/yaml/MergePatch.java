package io.kubesim.scenarios.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A merge patch in the spirit of RFC 7386 and Kubernetes' strategic merge patch: maps merge key by
 * key, a {@code null} value removes a key, lists whose items all have a {@code name} merge item by
 * item (new names are appended), and anything else is replaced.
 */
public final class MergePatch {
  private MergePatch() {}

  /** Returns {@code target} with {@code patch} applied; neither is modified. */
  public static Node apply(Node target, Node patch) {
    if (patch instanceof MapNode p && target instanceof MapNode t) {
      return mergeMaps(t, p);
    }
    if (patch instanceof ListNode p && target instanceof ListNode t && named(t) && named(p)) {
      return mergeNamedLists(t, p);
    }
    return withoutNulls(patch);
  }

  private static MapNode mergeMaps(MapNode target, MapNode patch) {
    MapNode result = target;
    for (Map.Entry<String, Node> e : patch.values().entrySet()) {
      String key = e.getKey();
      Node value = e.getValue();
      if (value instanceof ScalarNode s && s.isNull()) {
        result = result.without(key);
      } else {
        Optional<Node> old = result.get(key);
        Node merged = old.isPresent() ? apply(old.get(), value) : withoutNulls(value);
        result = result.with(key, merged, patch.keyLocation(key));
      }
    }
    return result;
  }

  private static ListNode mergeNamedLists(ListNode target, ListNode patch) {
    Map<String, Node> byName = new LinkedHashMap<>();
    for (Node item : target.items()) {
      byName.put(TreePath.nameOf(item).orElseThrow(), item);
    }
    for (Node item : patch.items()) {
      String name = TreePath.nameOf(item).orElseThrow();
      Node old = byName.get(name);
      byName.put(name, old == null ? withoutNulls(item) : apply(old, item));
    }
    return ListNode.of(target.location(), new ArrayList<>(byName.values()));
  }

  private static boolean named(ListNode list) {
    for (Node item : list.items()) {
      if (TreePath.nameOf(item).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static Node withoutNulls(Node node) {
    if (node instanceof MapNode m) {
      MapNode result = m;
      for (Map.Entry<String, Node> e : m.values().entrySet()) {
        if (e.getValue() instanceof ScalarNode s && s.isNull()) {
          result = result.without(e.getKey());
        } else {
          result = result.with(e.getKey(), withoutNulls(e.getValue()), m.keyLocation(e.getKey()));
        }
      }
      return result;
    }
    if (node instanceof ListNode l) {
      List<Node> items = new ArrayList<>();
      for (Node item : l.items()) {
        items.add(withoutNulls(item));
      }
      return ListNode.of(l.location(), items);
    }
    return node;
  }
}
