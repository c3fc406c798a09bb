package io.kubesim.scenarios.schema;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema (draft 2020-12) of the scenario format, generated from {@link Format}: one
 * {@code $defs} entry per object type, unknown fields disallowed, bounds as minimum/maximum,
 * durations and rates as patterns. Cross-field rules (references, per-action fields) are checked
 * by {@code kubesim validate}, not by the schema.
 */
public final class JsonSchema {
  private JsonSchema() {}

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  /** Pattern of a duration. */
  static final String DURATION_PATTERN = "^(0|(\\d+(\\.\\d+)?(us|µs|ms|s|m|h|d))+)$";

  /** Pattern of a rate. */
  static final String RATE_PATTERN = "^\\d+(\\.\\d+)?\\s*/\\s*(s|m|h)$";

  /** The schema as indented JSON, ending with a newline. */
  public static String render() {
    return JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
        .writeValueAsString(schema()) + "\n";
  }

  /** The schema as a tree. */
  public static ObjectNode schema() {
    ObjectNode root = F.objectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", "https://kubesim.io/schemas/scenario-v1.json");
    root.put("title", "kubesim scenario");
    root.put("$ref", "#/$defs/" + Format.SCENARIO.name());
    ObjectNode defs = root.putObject("$defs");
    for (ObjectType t : Format.allTypes()) {
      defs.set(t.name(), object(t));
    }
    return root;
  }

  private static ObjectNode object(ObjectType t) {
    ObjectNode o = F.objectNode();
    o.put("type", "object");
    o.put("description", t.doc());
    o.put("additionalProperties", false);
    ObjectNode props = o.putObject("properties");
    ArrayNode required = F.arrayNode();
    for (Field f : t.fields()) {
      ObjectNode p = type(f.type());
      p.put("description", f.doc());
      if (f.presence() == Field.Presence.DEFAULTED) {
        p.put("default", f.defaultText());
      }
      props.set(f.name(), p);
      if (f.presence() == Field.Presence.REQUIRED && !t.exactlyOne()) {
        required.add(f.name());
      }
    }
    if (!required.isEmpty()) {
      o.set("required", required);
    }
    if (t.exactlyOne()) {
      o.put("minProperties", 1);
      o.put("maxProperties", 1);
    }
    return o;
  }

  private static ObjectNode type(FieldType type) {
    ObjectNode n = F.objectNode();
    if (type instanceof FieldType.Duration d) {
      n.put("type", "string");
      n.put("pattern", d.forever() ? "^(forever|" + DURATION_PATTERN.substring(2) : DURATION_PATTERN);
    } else if (type instanceof FieldType.Rate) {
      n.set("anyOf", F.arrayNode()
          .add(F.objectNode().put("type", "string").put("pattern", RATE_PATTERN))
          .add(F.objectNode().put("type", "number").put("minimum", 0)));
    } else if (type instanceof FieldType.Int i) {
      n.put("type", "integer");
      n.put("minimum", i.min());
      n.put("maximum", i.max());
    } else if (type instanceof FieldType.Num x) {
      n.put("type", "number");
      n.put("minimum", x.min());
      n.put("maximum", x.max());
    } else if (type instanceof FieldType.Text) {
      n.put("type", "string");
      n.put("minLength", 1);
    } else if (type instanceof FieldType.FileName f) {
      n.put("type", "string");
      n.put("pattern", f.pattern());
    } else if (type instanceof FieldType.Bool) {
      n.put("type", "boolean");
    } else if (type instanceof FieldType.Choice c) {
      ArrayNode values = n.putArray("enum");
      c.values().forEach(values::add);
    } else if (type instanceof FieldType.IntOrPercent) {
      n.set("anyOf", F.arrayNode()
          .add(F.objectNode().put("type", "integer").put("minimum", 0))
          .add(F.objectNode().put("type", "string").put("pattern", "^\\d{1,3}%$")));
    } else if (type instanceof FieldType.Threshold) {
      n.put("type", "string");
      n.put("pattern", "^(>=|<=|==|>|<)\\s*\\S+$");
    } else if (type instanceof FieldType.Obj o) {
      n.put("$ref", "#/$defs/" + o.type().name());
    } else if (type instanceof FieldType.ListOf l) {
      n.put("type", "array");
      n.set("items", type(l.item()));
      n.put("maxItems", l.maxItems());
    } else if (type instanceof FieldType.MapOf m) {
      n.put("type", "object");
      n.set("additionalProperties", type(m.value()));
      n.put("maxProperties", m.maxEntries());
    } else if (type instanceof FieldType.Either e) {
      n.set("anyOf", F.arrayNode().add(type(e.shorthand())).add(type(e.full())));
    } else {
      n.put("type", "object");
    }
    return n;
  }
}
