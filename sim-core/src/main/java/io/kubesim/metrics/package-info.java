/**
 * Metrics of one replication: outcome counters, latency histograms, time series in fixed buckets,
 * the KPIs derived from them and {@link io.kubesim.metrics.ReplicationOutput}, what a replication
 * hands to the experiment. Statistics take the time as an argument and never format text; this
 * package imports nothing else from kubesim.
 */
package io.kubesim.metrics;
