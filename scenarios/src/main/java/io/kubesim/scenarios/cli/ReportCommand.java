package io.kubesim.scenarios.cli;

import io.kubesim.experiment.ExperimentResult;
import io.kubesim.reports.HtmlReport;
import io.kubesim.reports.InvalidResultsException;
import io.kubesim.reports.ResultsJson;
import io.kubesim.reports.TimeSeriesCsv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kubesim report RESULTS.json}: re-renders the report without re-running. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Re-render report.html (and optionally timeseries.csv) from a results.json "
        + "written by kubesim run, without running anything.",
    footer = ExitCodes.HELP)
final class ReportCommand implements Callable<Integer> {
  @ParentCommand
  KubesimCommand parent;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "RESULTS.json", description = "A results file.")
  Path results;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Where to write (default: the results file's directory).")
  Path out;

  @Option(names = "--format", split = ",", paramLabel = "html,csv",
      description = "Files to write: html, csv. Default: html.")
  List<String> formats = List.of("html");

  @Override
  public Integer call() throws IOException {
    ExperimentResult result;
    try {
      result = ResultsJson.read(results);
    } catch (NoSuchFileException e) {
      throw new ParameterException(spec.commandLine(), results + ": no such file");
    } catch (InvalidResultsException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Path dir = out != null ? out : results.toAbsolutePath().getParent();
    Set<String> files = new LinkedHashSet<>();
    for (String f : formats) {
      files.add(switch (f.strip().toLowerCase(Locale.ROOT)) {
        case "html" -> "report.html";
        case "csv" -> "timeseries.csv";
        default -> throw new ParameterException(spec.commandLine(),
            "--format: expected html or csv, got '" + f + "'");
      });
    }
    OutputTargets.checkFiles(dir, List.copyOf(files), "--out");
    boolean created = !Files.exists(dir);
    Files.createDirectories(dir);
    if (created) {
      OutputTargets.mark(dir);
    }
    if (files.contains("report.html")) {
      HtmlReport.write(result, Version.current(), Instant.now(), dir.resolve("report.html"));
    }
    if (files.contains("timeseries.csv")) {
      TimeSeriesCsv.write(result, dir.resolve("timeseries.csv"));
    }
    parent.env.out().println("wrote " + TerminalText.clean(dir.toString()));
    parent.env.out().flush();
    return ExitCodes.OK;
  }
}
