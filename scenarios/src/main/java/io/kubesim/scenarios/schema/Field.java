package io.kubesim.scenarios.schema;

/**
 * One field of an object type.
 *
 * @param name the key as written in a scenario file
 * @param type its value type
 * @param presence whether it must be given
 * @param defaultText for {@link Presence#DEFAULTED}: the default, written as in a scenario file
 * @param doc what it means
 */
public record Field(String name, FieldType type, Presence presence, String defaultText,
    String doc) {

  /** Whether a field must be given. */
  public enum Presence {
    /** It must be written. */
    REQUIRED,
    /** When absent, {@link Field#defaultText()} applies. */
    DEFAULTED,
    /** When absent, the feature is off or a rule in the description applies. */
    OPTIONAL
  }

  /** A required field. */
  public static Field required(String name, FieldType type, String doc) {
    return new Field(name, type, Presence.REQUIRED, null, doc);
  }

  /** A field with a default, written as in a scenario file (e.g. {@code 10s}). */
  public static Field defaulted(String name, FieldType type, String defaultText, String doc) {
    return new Field(name, type, Presence.DEFAULTED, defaultText, doc);
  }

  /** An optional field without a single default value; {@code doc} says what absence means. */
  public static Field optional(String name, FieldType type, String doc) {
    return new Field(name, type, Presence.OPTIONAL, null, doc);
  }
}
