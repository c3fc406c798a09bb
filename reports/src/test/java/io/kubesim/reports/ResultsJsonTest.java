package io.kubesim.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesim.experiment.ExperimentResult;
import io.kubesim.metrics.Kpi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ResultsJsonTest {

  @TempDir Path dir;

  @Test
  void write_readRoundTripsToAnEqualResult() throws IOException {
    for (ExperimentResult r : List.of(Fixtures.twoVariants(), Fixtures.sweep())) {
      Path file = dir.resolve("results.json");
      ResultsJson.write(r, "0.1.0", file);
      assertEquals(r, ResultsJson.read(file));
    }
  }

  @Test
  void write_nanBecomesNullAndReadsBackAsNaN() throws IOException {
    Path file = dir.resolve("results.json");
    ResultsJson.write(Fixtures.twoVariants(), "0.1.0", file);
    JsonNode detection = JsonMapper.builder().build().readTree(file)
        .get("variants").get(0).get("kpis").get(Kpi.DETECTION.key());
    assertTrue(detection.get("mean").isNull());
    assertTrue(detection.get("ciLow").isNull());
    assertEquals(0, detection.get("n").intValue());
    double mean = ResultsJson.read(file).variants().get(0).kpis().get(Kpi.DETECTION.key()).mean();
    assertTrue(Double.isNaN(mean));
  }

  @Test
  void write_isByteIdenticalForEqualInput() throws IOException {
    Path a = dir.resolve("a.json");
    Path b = dir.resolve("b.json");
    ResultsJson.write(Fixtures.twoVariants(), "0.1.0", a);
    ResultsJson.write(Fixtures.twoVariants(), "0.1.0", b);
    assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    ResultsJson.write(ResultsJson.read(a), "0.1.0", b);
    assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), "re-written after reading");
  }

  @Test
  void write_topLevelFieldsFollowTheContractOrder() throws IOException {
    Path file = dir.resolve("results.json");
    ResultsJson.write(Fixtures.sweep(), "0.1.0", file);
    JsonNode root = JsonMapper.builder().build().readTree(file);
    List<String> names = new ArrayList<>(root.propertyNames());
    assertEquals(List.of("schemaVersion", "kubesimVersion", "scenario", "description", "seed",
        "replications", "durationSeconds", "warmUpSeconds", "bucketSeconds", "faults",
        "sweepParameter", "sweepParameters", "variants", "comparisons", "sourceText"), names);
    assertEquals(1, root.get("schemaVersion").intValue());
    assertEquals("readiness.minRequests", root.get("sweepParameter").stringValue());
    assertEquals("readiness.minRequests", root.get("sweepParameters").get(0).stringValue());
    List<String> kpiOrder = new ArrayList<>(root.get("variants").get(0).get("kpis").propertyNames());
    assertEquals(Kpi.SUCCESS_RATE.key(), kpiOrder.get(0));
    assertEquals(List.of("mean", "ciLow", "ciHigh", "stdDev", "n"), new ArrayList<>(
        root.get("comparisons").get(0).get("kpis").get(Kpi.SUCCESS_RATE.key()).propertyNames()));
  }

  @Test
  void write_sweepParameterIsNullWhenNotASweep() throws IOException {
    Path file = dir.resolve("results.json");
    ResultsJson.write(Fixtures.twoVariants(), "0.1.0", file);
    assertTrue(JsonMapper.builder().build().readTree(file).get("sweepParameter").isNull());
  }

  @Test
  void read_rejectsAnotherSchemaVersionNamingTheField() throws IOException {
    Path file = dir.resolve("results.json");
    ResultsJson.write(Fixtures.twoVariants(), "0.1.0", file);
    String text = Files.readString(file).replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 2");
    Files.writeString(file, text);
    InvalidResultsException e = assertThrows(InvalidResultsException.class,
        () -> ResultsJson.read(file));
    assertTrue(e.getMessage().contains("schemaVersion"), e.getMessage());
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
  }

  @Test
  void read_wrongTypeNamesTheFieldPath() throws IOException {
    Path file = dir.resolve("results.json");
    ResultsJson.write(Fixtures.twoVariants(), "0.1.0", file);
    String text = Files.readString(file).replaceFirst("\"mean\" : [0-9.E-]+", "\"mean\" : \"x\"");
    Files.writeString(file, text);
    InvalidResultsException e = assertThrows(InvalidResultsException.class,
        () -> ResultsJson.read(file));
    assertTrue(e.getMessage().contains("variants[0].kpis.successRate.mean"), e.getMessage());
  }

  @Test
  void read_rejectsMalformedJson() throws IOException {
    Path file = dir.resolve("results.json");
    Files.writeString(file, "{\"schemaVersion\": 1,");
    assertThrows(InvalidResultsException.class, () -> ResultsJson.read(file));
  }

  @Test
  void write_everyKeyIsDocumentedInResultsMd() throws IOException {
    Path file = dir.resolve("results.json");
    ResultsJson.write(Fixtures.twoVariants(), "0.1.0", file);
    String reference = Files.readString(Path.of("RESULTS.md"), StandardCharsets.UTF_8);
    List<String> missing = new ArrayList<>();
    collectKeys(JsonMapper.builder().build().readTree(file), "", missing, reference);
    assertTrue(missing.isEmpty(), "not documented in RESULTS.md: " + missing);
  }

  /** Object keys, except those of free-form maps (KPI, cause and parameter names). */
  private static void collectKeys(JsonNode node, String parent, List<String> missing,
      String reference) {
    if (node.isArray()) {
      node.forEach(child -> collectKeys(child, parent, missing, reference));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      boolean freeForm = List.of("kpis", "failures", "parameters").contains(parent);
      if (!freeForm && !reference.contains("`" + e.getKey() + "`")) {
        missing.add(e.getKey());
      }
      if (freeForm && !reference.contains("`" + e.getKey() + "`")
          && !parent.equals("parameters")) {
        missing.add(parent + "." + e.getKey());
      }
      collectKeys(e.getValue(), e.getKey(), missing, reference);
    }
  }
}
