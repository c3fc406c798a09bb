package io.kubesim.scenarios.cli;

import io.kubesim.experiment.ExperimentResult;
import io.kubesim.experiment.ExperimentRunner;
import io.kubesim.experiment.ProgressListener;
import io.kubesim.reports.HtmlReport;
import io.kubesim.reports.ResultsJson;
import io.kubesim.reports.SweepCsv;
import io.kubesim.reports.TimeSeriesCsv;
import io.kubesim.scenarios.spec.Scenario;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Runs loaded scenarios, writes their outputs atomically, prints summaries and thresholds. */
final class Execution {
  private final Environment env;
  private final RunOptions options;

  Execution(Environment env, RunOptions options) {
    this.env = env;
    this.options = options;
  }

  /** Runs one scenario's experiment, telling {@code progress}. */
  @FunctionalInterface
  interface Runner {
    ExperimentResult run(Scenario scenario, ProgressListener progress);
  }

  /** Runs every scenario (all already validated) in-process and returns the exit status. */
  int runAll(List<Scenario> scenarios) throws IOException {
    int threads = options.threadCount();
    return runAll(scenarios, (s, p) -> ExperimentRunner.run(s.experiment(), threads, p),
        this::progress);
  }

  /**
   * Runs every scenario (all already validated) with {@code runner}, reporting progress to the
   * listener {@code progress} makes, and returns the exit status.
   */
  int runAll(List<Scenario> scenarios, Runner runner,
      java.util.function.Function<Scenario, ProgressListener> progress) throws IOException {
    Set<RunOptions.OutputFormat> formats = options.outputFormats();
    List<Path> dirs = new ArrayList<>();
    for (Scenario scenario : scenarios) {
      dirs.add(options.outputDirectory(scenario.name(), scenarios.size()));
    }
    OutputTargets.checkAll(dirs, "--out");
    for (Scenario scenario : scenarios) {
      printWarnings(env, scenario);
    }
    boolean thresholdsFailed = false;
    for (int i = 0; i < scenarios.size(); i++) {
      Scenario scenario = scenarios.get(i);
      Path dir = dirs.get(i);
      ExperimentResult result = runner.run(scenario, progress.apply(scenario));
      OutputTargets.write(dir, tmp -> writeOutputs(result, formats, tmp));
      env.out().print(SummaryTable.render(result));
      for (ThresholdCheck.Outcome o : ThresholdCheck.evaluate(scenario, result)) {
        env.out().println(o.describe());
        thresholdsFailed |= !o.passed();
      }
      env.out().println("wrote " + TerminalText.clean(dir.toString()));
      env.out().flush();
    }
    return thresholdsFailed ? ExitCodes.THRESHOLDS_FAILED : ExitCodes.OK;
  }

  /** Prints the scenario's warnings (mistakes it can still run with) on standard error. */
  static void printWarnings(Environment env, Scenario scenario) {
    for (String w : scenario.warnings()) {
      env.err().println(TerminalText.clean(w));
    }
    env.err().flush();
  }

  private ProgressListener progress(Scenario scenario) {
    return env.terminal() ? new ProgressBar(env.err(), scenario.name()) : ProgressListener.none();
  }

  private static void writeOutputs(ExperimentResult result, Set<RunOptions.OutputFormat> formats,
      Path dir) throws IOException {
    String version = Version.current();
    if (formats.contains(RunOptions.OutputFormat.JSON)) {
      ResultsJson.write(result, version, dir.resolve("results.json"));
    }
    if (formats.contains(RunOptions.OutputFormat.CSV)) {
      TimeSeriesCsv.write(result, dir.resolve("timeseries.csv"));
      if (!result.sweepParameters().isEmpty()) {
        SweepCsv.write(result, dir.resolve("sweep.csv"));
      }
    }
    if (formats.contains(RunOptions.OutputFormat.HTML)) {
      HtmlReport.write(result, version, Instant.now(), dir.resolve("report.html"));
    }
  }
}
