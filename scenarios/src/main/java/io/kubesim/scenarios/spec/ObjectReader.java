package io.kubesim.scenarios.spec;

import io.kubesim.dist.Distribution;
import io.kubesim.scenarios.schema.CommonTypes;
import io.kubesim.scenarios.schema.Field;
import io.kubesim.scenarios.schema.FieldType;
import io.kubesim.scenarios.schema.ObjectType;
import io.kubesim.scenarios.schema.Suggest;
import io.kubesim.scenarios.yaml.ListNode;
import io.kubesim.scenarios.yaml.MapNode;
import io.kubesim.scenarios.yaml.Node;
import io.kubesim.scenarios.yaml.ScalarNode;
import io.kubesim.scenarios.yaml.ScenarioException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed access to one map of a scenario, checked against its {@link ObjectType}: on creation it
 * rejects unknown fields (with a suggestion) and, for a choice of forms, anything but exactly one
 * field; each getter applies the field's default, type and bounds from the format.
 */
public final class ObjectReader {
  private final Conversion conversion;
  private final MapNode map;
  private final ObjectType type;
  private final String path;

  ObjectReader(Conversion conversion, Node node, ObjectType type, String path) {
    this.conversion = conversion;
    this.type = type;
    this.path = path;
    if (!(node instanceof MapNode m)) {
      throw new ScenarioException(node.location(), path,
          "expected a map (" + type.name() + "), got " + node.describe());
    }
    this.map = m;
    for (String key : m.keys()) {
      if (type.field(key).isEmpty()) {
        throw new ScenarioException(m.keyLocation(key), child(key), "unknown field '" + key + "'"
            + Suggest.didYouMean(key, type.fieldNames()) + "; " + type.name() + " has "
            + String.join(", ", type.fieldNames()));
      }
    }
    if (type.exactlyOne() && m.keys().size() != 1) {
      throw new ScenarioException(m.location(), path, "expected exactly one of "
          + String.join(", ", type.fieldNames()) + ", got "
          + (m.keys().isEmpty() ? "none" : String.join(", ", m.keys())));
    }
  }

  /** The conversion this reader belongs to. */
  Conversion conversion() {
    return conversion;
  }

  /** The map being read. */
  public MapNode node() {
    return map;
  }

  /** This object's field path. */
  public String path() {
    return path;
  }

  /** The path of a field of this object. */
  public String child(String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  /** Whether {@code field} is written (a null value counts as not written). */
  public boolean has(String field) {
    declared(field);
    conversion.markRead(type, field);
    return map.get(field).filter(n -> !(n instanceof ScalarNode s && s.isNull())).isPresent();
  }

  /** The value of {@code field} as written, or its default; fails if it is required. */
  public Node value(String field) {
    Field f = declared(field);
    conversion.markRead(type, field);
    Optional<Node> written = map.get(field).filter(n -> !(n instanceof ScalarNode s && s.isNull()));
    if (written.isPresent()) {
      return written.get();
    }
    if (f.presence() == Field.Presence.DEFAULTED) {
      return conversion.defaultValue(type, field, f.defaultText());
    }
    throw new ScenarioException(map.location(), path.isEmpty() ? type.name() : path,
        "missing required field '" + field + "'");
  }

  /** A nested object (its default when absent). */
  public ObjectReader object(String field) {
    FieldType.Obj t = typeOf(field, FieldType.Obj.class);
    return new ObjectReader(conversion, value(field), t.type(), child(field));
  }

  /** A nested object if written. */
  public Optional<ObjectReader> optionalObject(String field) {
    return has(field) ? Optional.of(object(field)) : Optional.empty();
  }

  /** A list of objects. */
  public List<ObjectReader> objects(String field) {
    FieldType.ListOf t = typeOf(field, FieldType.ListOf.class);
    ObjectType itemType = ((FieldType.Obj) t.item()).type();
    List<ObjectReader> out = new ArrayList<>();
    List<Node> items = items(field, t);
    for (int i = 0; i < items.size(); i++) {
      out.add(new ObjectReader(conversion, items.get(i), itemType, child(field) + "[" + i + "]"));
    }
    return out;
  }

  /** A list of strings. */
  public List<String> texts(String field) {
    return texts(field, value(field));
  }

  /** A list of strings from {@code node}, the value of {@code field}. */
  List<String> texts(String field, Node node) {
    FieldType type = declared(field).type();
    FieldType.ListOf t = type instanceof FieldType.Either e
        ? (FieldType.ListOf) e.full() : (FieldType.ListOf) type;
    List<String> out = new ArrayList<>();
    List<Node> items = items(field, node, t);
    for (int i = 0; i < items.size(); i++) {
      out.add(Values.text(scalar(items.get(i), child(field) + "[" + i + "]", "a string"),
          child(field) + "[" + i + "]"));
    }
    return out;
  }

  /** A list of integers. */
  public List<Integer> integers(String field) {
    FieldType.ListOf t = typeOf(field, FieldType.ListOf.class);
    List<Integer> out = new ArrayList<>();
    List<Node> items = items(field, t);
    for (int i = 0; i < items.size(); i++) {
      String p = child(field) + "[" + i + "]";
      out.add((int) Values.integer(scalar(items.get(i), p, "an integer"), (FieldType.Int) t.item(), p));
    }
    return out;
  }

  /** A map of names to strings, such as labels. */
  public Map<String, String> textMap(String field) {
    Node node = value(field);
    return textMap(node, child(field), typeOf(field, FieldType.MapOf.class).maxEntries());
  }

  static Map<String, String> textMap(Node node, String path, int maxEntries) {
    if (!(node instanceof MapNode m)) {
      throw new ScenarioException(node.location(), path, "expected a map of names to strings, got "
          + node.describe());
    }
    if (m.keys().size() > maxEntries) {
      throw new ScenarioException(m.location(), path, "expected at most " + maxEntries
          + " entries, got " + m.keys().size());
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, Node> e : m.values().entrySet()) {
      String p = path + "." + e.getKey();
      out.put(e.getKey(), Values.text(scalar(e.getValue(), p, "a string"), p));
    }
    return out;
  }

  /** A duration in seconds. */
  public double seconds(String field) {
    return Values.seconds(scalar(field), typeOf(field, FieldType.Duration.class), child(field));
  }

  /** A rate in requests per second. */
  public double rate(String field) {
    return Values.rate(scalar(field), typeOf(field, FieldType.Rate.class), child(field));
  }

  /** An integer field. */
  public long integer(String field) {
    return Values.integer(scalar(field), typeOf(field, FieldType.Int.class), child(field));
  }

  /** An integer field that fits an {@code int}. */
  public int integer32(String field) {
    return Math.toIntExact(integer(field));
  }

  /** A number field. */
  public double number(String field) {
    return Values.number(scalar(field), typeOf(field, FieldType.Num.class), child(field));
  }

  /** A string field. */
  public String text(String field) {
    return Values.text(scalar(field), child(field));
  }

  /** A name that is also a file name (see {@link FieldType.FileName}). */
  public String fileName(String field) {
    return Values.fileName(scalar(field), typeOf(field, FieldType.FileName.class), child(field));
  }

  /** A boolean field. */
  public boolean bool(String field) {
    return Values.bool(scalar(field), child(field));
  }

  /** A word from a fixed set. */
  public String choice(String field) {
    return Values.choice(scalar(field), typeOf(field, FieldType.Choice.class), child(field));
  }

  /** A count or percentage of {@code replicas}. */
  public int intOrPercent(String field, int replicas, boolean roundUp) {
    return Values.intOrPercent(scalar(field), replicas, roundUp, child(field));
  }

  /** A distribution: a duration (constant) or one of the distribution forms. */
  public Distribution distribution(String field) {
    Node node = value(field);
    String p = child(field);
    if (node instanceof ScalarNode s) {
      double v = Values.seconds(s, CommonTypes.DURATION, p);
      return Conversion.build(node, p, () -> new Distribution.Constant(v));
    }
    return Distributions.read(conversion.read(node, CommonTypes.DISTRIBUTION_FORMS, p));
  }

  /** The scalar value of {@code field}. */
  public ScalarNode scalar(String field) {
    return scalar(value(field), child(field), declared(field).type().describe());
  }

  static ScalarNode scalar(Node node, String path, String expected) {
    if (node instanceof ScalarNode s) {
      return s;
    }
    throw new ScenarioException(node.location(), path, "expected " + expected + ", got "
        + node.describe());
  }

  private List<Node> items(String field, FieldType.ListOf t) {
    return items(field, value(field), t);
  }

  private List<Node> items(String field, Node node, FieldType.ListOf t) {
    if (!(node instanceof ListNode l)) {
      throw new ScenarioException(node.location(), child(field),
          "expected a list, got " + node.describe());
    }
    if (l.items().size() > t.maxItems()) {
      throw new ScenarioException(l.location(), child(field), "expected at most " + t.maxItems()
          + " items, got " + l.items().size());
    }
    return l.items();
  }

  private Field declared(String field) {
    return type.field(field).orElseThrow(() -> new IllegalStateException(
        "format bug: " + type.name() + " declares no field " + field));
  }

  private <T extends FieldType> T typeOf(String field, Class<T> kind) {
    FieldType t = declared(field).type();
    if (t instanceof FieldType.Either e) {
      t = kind.isInstance(e.full()) ? e.full() : e.shorthand();
    }
    if (!kind.isInstance(t)) {
      throw new IllegalStateException("format bug: " + type.name() + "." + field + " is " + t);
    }
    return kind.cast(t);
  }
}
