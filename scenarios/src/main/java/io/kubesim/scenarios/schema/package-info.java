/**
 * The scenario format described as data: every object type, field, value type, default and
 * description in one place ({@link io.kubesim.scenarios.schema.Format}). The parser checks files
 * against it, {@code scenarios/REFERENCE.md} is generated from it, and so is the JSON Schema that
 * {@code kubesim schema} prints.
 */
package io.kubesim.scenarios.schema;
