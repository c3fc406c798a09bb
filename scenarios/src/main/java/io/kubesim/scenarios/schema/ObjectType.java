package io.kubesim.scenarios.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A kind of object in a scenario file, with its fields.
 *
 * @param name type name, as in REFERENCE.md
 * @param doc what it describes
 * @param fields its fields, in documentation order
 * @param exactlyOne whether exactly one of the fields must be given (a choice of forms)
 */
public record ObjectType(String name, String doc, List<Field> fields, boolean exactlyOne) {

  /** Canonical constructor: copies the fields and rejects duplicate names. */
  public ObjectType {
    fields = List.copyOf(fields);
    Map<String, Field> seen = new LinkedHashMap<>();
    for (Field f : fields) {
      if (seen.put(f.name(), f) != null) {
        throw new IllegalArgumentException(name + " declares " + f.name() + " twice");
      }
    }
  }

  /** An object type whose fields may be combined. */
  public static ObjectType of(String name, String doc, Field... fields) {
    return new ObjectType(name, doc, List.of(fields), false);
  }

  /** An object type of which exactly one field must be given. */
  public static ObjectType oneOf(String name, String doc, Field... fields) {
    return new ObjectType(name, doc, List.of(fields), true);
  }

  /** The field called {@code fieldName}, if declared. */
  public Optional<Field> field(String fieldName) {
    return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
  }

  /** The names of the fields, in order. */
  public List<String> fieldNames() {
    return fields.stream().map(Field::name).toList();
  }
}
