/**
 * Turns a located YAML tree into sim-core's immutable configuration: scalar values (durations,
 * rates, percentages, thresholds), objects checked against {@link io.kubesim.scenarios.schema.Format}
 * (unknown fields, required fields, types, bounds), variants and sweeps, and every error — including
 * those of the core records' constructors — reported with file, line, column and field path.
 */
package io.kubesim.scenarios.spec;
