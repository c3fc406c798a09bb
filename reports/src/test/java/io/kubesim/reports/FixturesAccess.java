package io.kubesim.reports;

import io.kubesim.experiment.ExperimentResult;

/** Public access to the test fixtures for tests in sub-packages. */
public final class FixturesAccess {

  private FixturesAccess() {}

  /** Two variants with a fault window. */
  public static ExperimentResult twoVariants() {
    return Fixtures.twoVariants();
  }

  /** A sweep. */
  public static ExperimentResult sweep() {
    return Fixtures.sweep();
  }

  /** A policy matrix; see {@code Fixtures.matrix}. */
  public static ExperimentResult matrix(java.util.List<String> variants,
      java.util.List<String> cases, double[][] during, double[][] overall) {
    return Fixtures.matrix(variants, cases, during, overall);
  }
}
