package io.kubesim.scenarios.cli;

import io.kubesim.scenarios.spec.FieldOverride;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options shared by {@code run} and {@code sweep}. */
final class RunOptions {

  /** The output files {@code --format} can ask for. */
  enum OutputFormat {
    /** {@code report.html}. */
    HTML,
    /** {@code results.json}. */
    JSON,
    /** {@code timeseries.csv}. */
    CSV
  }

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--replications", paramLabel = "N",
      description = "Replications per variant (overrides spec.experiment.replications).")
  Integer replications;

  @Option(names = "--seed", paramLabel = "S",
      description = "Master seed (overrides spec.experiment.seed).")
  Long seed;

  @Option(names = "--threads", paramLabel = "T",
      description = "Worker threads (default: the number of cores, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--out", paramLabel = "DIR",
      description = "Output directory (default: results/<scenario name>). With several files, "
          + "each scenario goes to DIR/<scenario name>. Written atomically.")
  Path out;

  @Option(names = "--format", paramLabel = "html,json,csv", split = ",",
      description = "Files to write: html (report.html), json (results.json), csv "
          + "(timeseries.csv, and sweep.csv for a sweep). Default: all three.")
  List<String> formats = List.of("html", "json", "csv");

  @Option(names = "--set", paramLabel = "PATH=VALUE",
      description = "Override a field before validation, e.g. spec.experiment.duration=60s or "
          + "spec.deployments[web].replicas=3. Repeatable.")
  List<String> sets = new ArrayList<>();

  /** The overrides: {@code --set} options, then {@code --replications} and {@code --seed}. */
  List<FieldOverride> overrides() {
    List<FieldOverride> out = parseSets(spec, sets);
    if (replications != null) {
      out.add(FieldOverride.parse("spec.experiment.replications=" + replications));
    }
    if (seed != null) {
      out.add(FieldOverride.parse("spec.experiment.seed=" + seed));
    }
    return out;
  }

  /** Parses {@code --set} options; a malformed one is a usage error of {@code command}. */
  static List<FieldOverride> parseSets(CommandSpec command, List<String> sets) {
    List<FieldOverride> out = new ArrayList<>();
    for (String s : sets) {
      try {
        out.add(FieldOverride.parse(s));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(command.commandLine(), "--set: " + e.getMessage());
      }
    }
    return out;
  }

  /** The requested output files. */
  Set<OutputFormat> outputFormats() {
    Set<OutputFormat> set = EnumSet.noneOf(OutputFormat.class);
    for (String f : formats) {
      try {
        set.add(OutputFormat.valueOf(f.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(),
            "--format: expected html, json or csv, got '" + f + "'");
      }
    }
    return set;
  }

  /** The thread count, checked. */
  int threadCount() {
    if (threads < 1 || threads > 1024) {
      throw new ParameterException(spec.commandLine(),
          "--threads: expected 1 to 1024, got " + threads);
    }
    return threads;
  }

  /** Where scenario {@code name} is written, given how many scenarios this run has. */
  Path outputDirectory(String name, int scenarios) {
    if (out == null) {
      return Path.of("results", name);
    }
    if (out.toString().isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--out: empty path; name a directory");
    }
    return scenarios == 1 ? out : out.resolve(name);
  }
}
