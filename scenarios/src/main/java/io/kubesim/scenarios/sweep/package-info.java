/**
 * Sweeps as jobs that any engine can run: a {@link io.kubesim.scenarios.sweep.SweepJob} carries
 * the scenario text, the overrides and the grid as plain strings, so that a remote worker
 * rebuilds exactly the experiment the driver built; a
 * {@link io.kubesim.scenarios.sweep.SweepEngine} runs its replication blocks (in-process
 * threads here, Apache Spark in the {@code kubesim-spark} module, found through
 * {@link java.util.ServiceLoader}).
 */
package io.kubesim.scenarios.sweep;
