/**
 * Experiments: variants × replications with common random numbers, run in parallel, summarised as
 * means and paired differences with 95 % Student-t confidence intervals.
 */
package io.kubesim.experiment;
