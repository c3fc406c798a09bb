/**
 * What one replication is given: {@link io.kubesim.config.ModelConfig} (the cluster, services,
 * clients and faults of one variant, gathering the feature packages' records),
 * {@link io.kubesim.config.ExperimentConfig} (duration, warm-up, buckets, replications), the
 * cross-reference checks of faults, and the shared argument checks of every configuration record.
 * It names no runtime class, so {@code world}, {@code model} and {@code experiment} all build on it.
 */
package io.kubesim.config;
