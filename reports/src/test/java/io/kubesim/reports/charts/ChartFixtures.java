package io.kubesim.reports.charts;

import io.kubesim.experiment.ExperimentResult;

/** Reaches the shared fixtures from this package. */
final class ChartFixtures {

  private ChartFixtures() {}

  static ExperimentResult twoVariants() {
    return io.kubesim.reports.FixturesAccess.twoVariants();
  }

  static ExperimentResult sweep() {
    return io.kubesim.reports.FixturesAccess.sweep();
  }
}
