package io.kubesim.scenarios.cli;

import io.kubesim.scenarios.spec.FieldOverride;
import io.kubesim.scenarios.spec.Scenario;
import io.kubesim.scenarios.spec.Sweep;
import io.kubesim.scenarios.sweep.LocalSweepEngine;
import io.kubesim.scenarios.sweep.SweepEngine;
import io.kubesim.scenarios.sweep.SweepEngines;
import io.kubesim.scenarios.sweep.SweepJob;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code kubesim sweep FILE --param PATH --values a,b,c [--param …] [--range PATH=min:max
 * --samples N]}: every variant at every point of a grid, on this machine or on Apache Spark.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
    description = "Run a scenario at every point of a grid: the Cartesian product of each "
        + "--param's --values, crossed with a Latin hypercube of --samples points over the "
        + "--range parameters. Each variant becomes one variant per point (named "
        + "PARAM=VALUE, …), compared over paired replications. Writes sweep.csv besides the usual "
        + "files.",
    footer = ExitCodes.HELP)
final class SweepCommand implements Callable<Integer> {
  /** Points a grid may have without {@code --yes}. */
  static final long MAX_POINTS = 1_000;

  /** Replications (points × variants × replications) a grid may need without {@code --yes}. */
  static final long MAX_REPLICATIONS = 100_000;

  @ParentCommand
  KubesimCommand parent;

  @Mixin
  RunOptions options;

  @Parameters(paramLabel = "FILE", description = "The scenario file.")
  String file;

  /** One {@code --param PATH --values a,b,c} pair. */
  static final class AxisOption {
    @Option(names = "--param", required = true, paramLabel = "PATH",
        description = "A swept field, e.g. spec.deployments[web].replicas, or inside a "
            + "variant's patch: spec.variants[NAME].patch.FIELD. Repeatable, each with --values.")
    String param;

    @Option(names = "--values", required = true, split = ",", paramLabel = "a,b,c",
        description = "Its values, written as in a scenario file.")
    List<String> values;
  }

  @ArgGroup(exclusive = false, multiplicity = "0..*")
  List<AxisOption> axes = new ArrayList<>();

  @Option(names = "--range", paramLabel = "PATH=min:max",
      description = "A parameter drawn by a Latin hypercube from [min, max] (integers when both "
          + "ends are; a unit such as ms or /s on both ends). Repeatable; needs --samples.")
  List<String> ranges = new ArrayList<>();

  @Option(names = "--samples", paramLabel = "N",
      description = "Points of the Latin hypercube over the --range parameters, drawn from the "
          + "master seed.")
  int samples;

  @Option(names = "--yes",
      description = "Run a grid larger than " + MAX_POINTS + " points or " + MAX_REPLICATIONS
          + " replications.")
  boolean yes;

  @Option(names = "--engine", paramLabel = "local|spark", defaultValue = LocalSweepEngine.NAME,
      description = "Where the replications run: local (this process, --threads threads; the "
          + "default) or spark (Apache Spark, through ./kubesim or spark-submit with "
          + "kubesim-spark.jar).")
  String engine;

  @Option(names = "--master", paramLabel = "URL",
      description = "The Spark master for --engine spark (default local[*], or the one "
          + "spark-submit sets): local[N], spark://…, yarn, k8s://….")
  String master;

  @Override
  public Integer call() throws Exception {
    if (axes.isEmpty() && ranges.isEmpty()) {
      throw usage("give at least one --param PATH --values a,b,c or --range PATH=min:max");
    }
    ScenarioInput.Text text = ScenarioInput.read(file);
    List<FieldOverride> overrides = options.overrides();
    List<SweepJob.Axis> jobAxes = new ArrayList<>();
    for (AxisOption a : axes) {
      jobAxes.add(new SweepJob.Axis(a.param, a.values));
    }
    SweepJob job = new SweepJob(text.source(), text.text(),
        overrides.stream().map(FieldOverride::text).toList(), jobAxes, ranges, samples);
    Sweep sweep;
    try {
      sweep = job.sweep();
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
    SweepEngine chosen = SweepEngines.find(engine).orElseThrow(() -> usage("--engine: '"
        + engine + "' is not available here (engines: " + SweepEngines.names() + "); "
        + "--engine spark needs kubesim-spark.jar: run ./kubesim sweep … --engine spark, or "
        + "spark-submit (see sweeps/README.md)"));
    if (master != null && chosen.name().equals(LocalSweepEngine.NAME)) {
      throw usage("--master applies to --engine spark only");
    }
    Scenario plain = ScenarioInput.load(file, overrides, Optional.empty());
    checkSize(sweep, plain);
    Scenario scenario = job.load();
    int points = (int) sweep.pointCount();
    SweepEngine.Settings settings = new SweepEngine.Settings(options.threadCount(),
        Optional.ofNullable(master));
    return new Execution(parent.env, options).runAll(List.of(scenario),
        (s, progress) -> chosen.run(job, s.experiment(), settings, progress),
        s -> new SweepProgress(parent.env.err(), s.name(), parent.env.terminal(), points,
            s.experiment().variants().size(), s.experiment().settings().replications()));
  }

  /** Refuses a grid beyond the limits unless {@code --yes}. */
  private void checkSize(Sweep sweep, Scenario plain) {
    long points = sweep.pointCount();
    long replications = points * plain.experiment().variants().size()
        * plain.experiment().settings().replications();
    if (!yes && (points > MAX_POINTS || replications > MAX_REPLICATIONS)) {
      throw usage("the grid has " + points + " points and needs " + replications
          + " replications, more than the " + MAX_POINTS + " points or " + MAX_REPLICATIONS
          + " replications run without asking; add --yes to run it anyway");
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(options.spec.commandLine(), message);
  }
}
