package io.kubesim.scenarios.sweep;

import io.kubesim.experiment.Experiment;
import io.kubesim.experiment.ExperimentResult;
import io.kubesim.experiment.ExperimentRunner;
import io.kubesim.experiment.ProgressListener;

/** The default engine: every block on a pool of {@code --threads} threads in this process. */
public final class LocalSweepEngine implements SweepEngine {
  /** The engine's name. */
  public static final String NAME = "local";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public ExperimentResult run(SweepJob job, Experiment experiment, Settings settings,
      ProgressListener progress) {
    return ExperimentRunner.run(experiment, settings.threads(), progress);
  }
}
