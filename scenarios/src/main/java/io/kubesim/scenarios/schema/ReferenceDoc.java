package io.kubesim.scenarios.schema;

/**
 * The field reference of {@code scenarios/REFERENCE.md}, generated from {@link Format}: one
 * section per object type with a table of its fields, types, defaults and meanings. A test keeps
 * the file's generated part identical to this.
 */
public final class ReferenceDoc {
  private ReferenceDoc() {}

  /** Marks the start of the generated part of REFERENCE.md. */
  public static final String BEGIN = "<!-- BEGIN GENERATED FIELD REFERENCE -->";

  /** Marks the end of the generated part of REFERENCE.md. */
  public static final String END = "<!-- END GENERATED FIELD REFERENCE -->";

  /** The generated part, markers included. */
  public static String render() {
    StringBuilder sb = new StringBuilder(BEGIN).append("\n");
    for (ObjectType t : Format.allTypes()) {
      sb.append("\n### ").append(t.name()).append("\n\n").append(t.doc()).append("\n");
      if (t.exactlyOne()) {
        sb.append("Exactly one of these fields.\n");
      }
      sb.append("\n| field | type | default | description |\n| --- | --- | --- | --- |\n");
      for (Field f : t.fields()) {
        sb.append("| `").append(f.name()).append("` | ").append(f.type().describe()).append(" | ")
            .append(defaultCell(f)).append(" | ").append(f.doc().replace("|", "\\|"))
            .append(" |\n");
      }
    }
    return sb.append("\n").append(END).append("\n").toString();
  }

  private static String defaultCell(Field f) {
    return switch (f.presence()) {
      case REQUIRED -> "required";
      case OPTIONAL -> "—";
      case DEFAULTED -> "`" + f.defaultText() + "`";
    };
  }
}
