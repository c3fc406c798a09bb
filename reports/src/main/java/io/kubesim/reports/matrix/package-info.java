/**
 * The policy matrix of a scenario with {@code cases}: every variant (a policy, or a combination
 * of policies) run under every case (a fault kind, or low load), each compared with the first
 * variant of its case. {@link io.kubesim.reports.matrix.PolicyMatrix} indexes the results by
 * variant and case and derives what an operator chooses by: the best variant per case, each
 * variant's regret (how far it falls behind the best) and its benefit against its cost.
 */
package io.kubesim.reports.matrix;
