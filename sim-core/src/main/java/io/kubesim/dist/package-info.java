/** Probability distributions of durations, sampled by inversion from SSJ random streams. */
package io.kubesim.dist;
