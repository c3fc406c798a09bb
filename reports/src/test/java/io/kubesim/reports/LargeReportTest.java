package io.kubesim.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesim.experiment.ExperimentResult;
import io.kubesim.experiment.ExperimentResult.MembershipInterval;
import io.kubesim.experiment.ExperimentResult.PodResult;
import io.kubesim.experiment.ExperimentResult.VariantResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every output of a run with 100,000 pods (the documented limit: 10,000 nodes, 200,000 replicas
 * per deployment) is written in seconds, not hours: nothing is quadratic in pods. The per-pod
 * charts show the interesting pods and say so. The time limit is a guard against a quadratic
 * regression (the report alone took 85 s at 40,000 pods, so hours at 100,000), not a benchmark:
 * it is generous because the suite may share the machine.
 */
class LargeReportTest {
  private static final int PODS = 100_000;

  @TempDir
  Path tmp;

  /** One variant, 100,000 pods; pods 500 and 70,000 left the endpoints, pod 99,999 served most. */
  static ExperimentResult hundredThousandPods() {
    ExperimentResult small = Fixtures.twoVariants();
    VariantResult shape = small.variants().get(0);
    List<PodResult> pods = new ArrayList<>(PODS);
    List<MembershipInterval> membership = new ArrayList<>(PODS + 2);
    for (int i = 0; i < PODS; i++) {
      String name = "web-" + i;
      double served = i == PODS - 1 ? 900 : i == 1234 ? 1 : 100 + (i % 7);
      pods.add(new PodResult(name, "node-" + (i % 10_000 + 1), Fixtures.est(served, 3)));
      if (i == 500 || i == 70_000) {
        membership.add(new MembershipInterval(name, 2, Fixtures.FAULT_START));
        membership.add(new MembershipInterval(name, Fixtures.FAULT_END, Fixtures.DURATION));
      } else {
        membership.add(new MembershipInterval(name, 2, Fixtures.DURATION));
      }
    }
    VariantResult v = new VariantResult("default", shape.parameters(), shape.kpis(),
        shape.failures(), shape.timeSeries(), shape.latencyCdf(), pods, membership);
    return new ExperimentResult("large", "100,000 pods", 1L, 1, Fixtures.DURATION, 10,
        Fixtures.BUCKET, small.faults(), small.sweepParameters(), List.of(v), List.of(),
        small.sourceText());
  }

  @Test
  void everyOutput_hundredThousandPods_isWrittenInSecondsWithReadableCharts() {
    ExperimentResult r = hundredThousandPods();
    Document html = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
      ResultsJson.write(r, "test", tmp.resolve("results.json"));
      ExperimentResult back = ResultsJson.read(tmp.resolve("results.json"));
      TimeSeriesCsv.write(back, tmp.resolve("timeseries.csv"));
      HtmlReport.write(back, "test", Instant.EPOCH, tmp.resolve("report.html"));
      return Jsoup.parse(Files.readString(tmp.resolve("report.html")));
    });

    Element membership = html.getElementById("chart-membership-0");
    String caption = membership.selectFirst("figcaption").text();
    assertTrue(caption.contains("Showing 40 of 100,000 pods: those longest out of the endpoints"),
        caption);
    Element requests = html.getElementById("chart-requests-per-pod");
    assertTrue(requests.selectFirst("figcaption").text().contains("Showing 40 of 100,000 pods"),
        requests.text());
    assertEquals(PODS, r.variants().get(0).pods().size());
  }

  @Test
  void podSelection_hundredThousandPods_keepsTheFaultyAndTheExtremes() {
    ExperimentResult r = hundredThousandPods();
    var membership = io.kubesim.reports.charts.PodSelection.forMembership(r.variants().get(0),
        r.durationSeconds());
    assertEquals(40, membership.pods().size());
    assertEquals(List.of("web-500", "web-70000"), membership.pods().stream()
        .filter(p -> p.equals("web-500") || p.equals("web-70000")).toList(),
        "the two pods that left the endpoints are shown, in pod order");
    var requests = io.kubesim.reports.charts.PodSelection.forRequests(r.variants());
    assertEquals(40, requests.pods().size());
    assertTrue(requests.pods().contains("web-1234"), "the pod with the fewest requests");
    assertTrue(requests.pods().contains("web-99999"), "the pod with the most requests");
  }
}
