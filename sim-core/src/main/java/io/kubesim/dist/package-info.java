/**
 * Probability distributions of durations, sampled by inversion from SSJ random streams, and
 * {@link io.kubesim.dist.DrawAhead}, which reads the request path's streams ahead in blocks and
 * computes their variates there (the same numbers, with less waiting per event).
 */
package io.kubesim.dist;
