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
}
