package io.kubesim.reports;

import io.kubesim.experiment.ExperimentResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads the results file ({@code results.json}); every field is documented in {@code
 * reports/RESULTS.md}. What {@link #write} wrote, {@link #read} gives back equal (NaN included,
 * written as {@code null}), and equal results give byte-identical files.
 */
public final class ResultsJson {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private ResultsJson() {}

  /**
   * Writes {@code r} to {@code file} atomically.
   *
   * @param kubesimVersion the version of kubesim that produced the results
   * @throws IOException when the file cannot be written; no partial file is left
   */
  public static void write(ExperimentResult r, String kubesimVersion, Path file)
      throws IOException {
    byte[] bytes = toBytes(r, kubesimVersion);
    AtomicFiles.write(file, out -> out.write(bytes));
  }

  /** The exact bytes {@link #write} writes: indented UTF-8 JSON with {@code \n} line ends. */
  static byte[] toBytes(ExperimentResult r, String kubesimVersion) {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
    ObjectWriter writer = MAPPER.writer().with(printer);
    byte[] json = writer.writeValueAsBytes(new ResultsJsonEncoder().encode(r, kubesimVersion));
    byte[] withNewline = new byte[json.length + 1];
    System.arraycopy(json, 0, withNewline, 0, json.length);
    withNewline[json.length] = '\n';
    return withNewline;
  }

  /**
   * Reads a results file written by {@link #write}.
   *
   * @throws InvalidResultsException when the file is not a results file of this format; the
   *     message names the file and the field
   * @throws IOException when the file cannot be read
   */
  public static ExperimentResult read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    JsonNode root;
    try {
      root = MAPPER.readTree(bytes);
    } catch (JacksonException e) {
      throw new InvalidResultsException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || root.isMissingNode()) {
      throw new InvalidResultsException(file + ": empty file, expected a results JSON object");
    }
    return new ResultsJsonDecoder(file.toString()).decode(root);
  }
}
