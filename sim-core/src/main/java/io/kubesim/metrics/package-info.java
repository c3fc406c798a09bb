/**
 * Metrics of one replication: outcome counters, latency histograms, time series in fixed buckets
 * and the KPIs derived from them. Statistics take the time as an argument and never format text.
 */
package io.kubesim.metrics;
