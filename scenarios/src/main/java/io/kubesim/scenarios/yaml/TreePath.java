package io.kubesim.scenarios.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A field path such as {@code spec.deployments[web].replicas}: dotted map keys, and list items
 * selected by {@code [name]} (the item whose {@code name} field is that) or {@code [index]}
 * (0-based). Used by {@code --set path=value} and sweeps.
 *
 * @param text the path as written
 * @param segments its parts
 */
public record TreePath(String text, List<Segment> segments) {
  private static final Pattern SEGMENT =
      Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*)((?:\\[[^\\[\\]]+\\])*)");
  private static final Pattern SELECTOR = Pattern.compile("\\[([^\\[\\]]+)\\]");

  /** One step of a path. */
  public sealed interface Segment permits Key, Item {}

  /** A map key. */
  public record Key(String name) implements Segment {}

  /** A list item by name, or by index when {@code selector} is a non-negative integer. */
  public record Item(String selector) implements Segment {
    /** The index, when the selector is one. */
    public Optional<Integer> index() {
      return selector.matches("\\d{1,9}") ? Optional.of(Integer.parseInt(selector))
          : Optional.empty();
    }
  }

  /** Canonical constructor: copies the segments. */
  public TreePath {
    segments = List.copyOf(segments);
  }

  /**
   * Parses {@code text}.
   *
   * @throws IllegalArgumentException if it is not a path
   */
  public static TreePath parse(String text) {
    List<Segment> segments = new ArrayList<>();
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("empty path");
    }
    for (String part : text.split("\\.", -1)) {
      Matcher m = SEGMENT.matcher(part);
      if (!m.matches()) {
        throw new IllegalArgumentException("'" + text
            + "' is not a field path like spec.deployments[web].replicas (bad part '" + part + "')");
      }
      segments.add(new Key(m.group(1)));
      Matcher s = SELECTOR.matcher(m.group(2));
      while (s.find()) {
        segments.add(new Item(s.group(1).strip()));
      }
    }
    return new TreePath(text, segments);
  }

  /** Returns a copy of {@code root} with the value at this path replaced by {@code value}. */
  public Node set(Node root, Node value) {
    return set(root, 0, value, "");
  }

  private Node set(Node node, int i, Node value, String where) {
    if (i == segments.size()) {
      return value;
    }
    Segment seg = segments.get(i);
    if (seg instanceof Key k) {
      String here = where.isEmpty() ? k.name() : where + "." + k.name();
      if (!(node instanceof MapNode map)) {
        throw new ScenarioException(node.location(), where,
            "cannot set " + text + ": expected a map here, found " + node.describe());
      }
      Node child = map.get(k.name()).orElseGet(() -> MapNode.empty(value.location()));
      return map.with(k.name(), set(child, i + 1, value, here), value.location());
    }
    Item item = (Item) seg;
    if (!(node instanceof ListNode list)) {
      throw new ScenarioException(node.location(), where,
          "cannot set " + text + ": expected a list here, found " + node.describe());
    }
    int index = find(list, item, where);
    List<Node> items = new ArrayList<>(list.items());
    items.set(index, set(items.get(index), i + 1, value, where + "[" + item.selector() + "]"));
    return ListNode.of(list.location(), items);
  }

  private int find(ListNode list, Item item, String where) {
    Optional<Integer> index = item.index();
    if (index.isPresent()) {
      if (index.get() >= list.items().size()) {
        throw new ScenarioException(list.location(), where, "cannot set " + text + ": index "
            + index.get() + " is out of range; the list has " + list.items().size() + " items");
      }
      return index.get();
    }
    List<String> names = new ArrayList<>();
    for (int j = 0; j < list.items().size(); j++) {
      Optional<String> name = nameOf(list.items().get(j));
      if (name.isPresent() && name.get().equals(item.selector())) {
        return j;
      }
      name.ifPresent(names::add);
    }
    throw new ScenarioException(list.location(), where, "cannot set " + text + ": no item named '"
        + item.selector() + "'; items are " + names);
  }

  /** The scalar {@code name} field of a map item, if it has one. */
  static Optional<String> nameOf(Node item) {
    if (item instanceof MapNode m && m.get("name").orElse(null) instanceof ScalarNode s
        && !s.isNull()) {
      return Optional.of(s.text());
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return text;
  }
}
