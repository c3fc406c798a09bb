package io.kubesim.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesim.experiment.ExperimentResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeSeriesCsvTest {

  @TempDir Path dir;

  @Test
  void write_hasHeaderThenOneRowPerVariantAndBucket() throws IOException {
    ExperimentResult r = Fixtures.twoVariants();
    Path file = dir.resolve("timeseries.csv");
    TimeSeriesCsv.write(r, file);
    String text = Files.readString(file);
    assertTrue(text.endsWith("\r\n"));
    String[] lines = text.split("\r\n");
    assertEquals("variant,bucketStartSeconds,requests,successRate,successRateCiLow,"
        + "successRateCiHigh,latencyP50Seconds,latencyP99Seconds,readyEndpoints,"
        + "exposedFraction,failures_connectTimeout,failures_requestTimeout", lines[0]);
    int buckets = r.variants().get(0).timeSeries().size();
    assertEquals(1 + 2 * buckets, lines.length);
    assertEquals("default,0,600,0.999,0.995,1.003,0.012,0.05,3,0,0.2,0", lines[1]);
    assertTrue(lines[1 + buckets].startsWith("throughput,0,"), lines[1 + buckets]);
  }

  @Test
  void write_quotesFieldsAsRfc4180Says() throws IOException {
    ExperimentResult r = Fixtures.twoVariants("s", "d", "a,\"b\"", "c\nd", "web-0");
    Path file = dir.resolve("timeseries.csv");
    TimeSeriesCsv.write(r, file);
    String text = Files.readString(file);
    assertTrue(text.contains("\r\n\"a,\"\"b\"\"\",0,"), text);
    assertTrue(text.contains("\r\n\"c\nd\",0,"), text);
  }

  @Test
  void write_formulaLikeVariantNames_areNeutralisedAsOwaspAdvises() throws IOException {
    ExperimentResult r = Fixtures.twoVariants("s", "d", "=HYPERLINK(\"http://x\",\"y\")",
        "+cmd|' /C calc'!A0", "web-0");
    Path file = dir.resolve("timeseries.csv");
    TimeSeriesCsv.write(r, file);
    String text = Files.readString(file);
    assertTrue(text.contains("\r\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",0,"), text);
    assertTrue(text.contains("\r\n'+cmd|' /C calc'!A0,0,"), text);
    for (String line : text.split("\r\n")) {
      assertTrue(line.isEmpty() || "=+-@\t\r".indexOf(line.charAt(0)) < 0
          && !line.startsWith("\"=") && !line.startsWith("\"+"), line);
    }
  }

  @Test
  void text_neutralisesEveryTriggerButKeepsNumbers() {
    for (String trigger : List.of("=1+1", "+1+1", "-1+1", "@SUM(A1)", "\tx", "\rx")) {
      assertEquals("'" + trigger, TimeSeriesCsv.text(trigger));
    }
    for (String safe : List.of("-0.5", "+3", "-1e-3", "default", "", "a=b")) {
      assertEquals(safe, TimeSeriesCsv.text(safe));
    }
  }

  @Test
  void quote_leavesPlainFieldsAlone() {
    assertEquals("plain", TimeSeriesCsv.quote("plain"));
    assertEquals("\"x,y\"", TimeSeriesCsv.quote("x,y"));
  }

  @Test
  void write_everyColumnIsDocumentedInResultsMd() throws IOException {
    String reference = Files.readString(Path.of("RESULTS.md"));
    List<String> missing = new ArrayList<>();
    String header = TimeSeriesCsv.toCsv(Fixtures.twoVariants()).split("\r\n")[0];
    for (String column : header.split(",")) {
      String documented = column.startsWith(TimeSeriesCsv.FAILURE_COLUMN_PREFIX)
          ? TimeSeriesCsv.FAILURE_COLUMN_PREFIX + "<cause>" : column;
      if (!reference.contains("`" + documented + "`")) {
        missing.add(documented);
      }
    }
    assertTrue(missing.isEmpty(), "not documented in RESULTS.md: " + missing);
  }
}
