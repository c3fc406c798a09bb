package io.kubesim.reports.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesim.experiment.ExperimentResult;
import io.kubesim.experiment.ExperimentResult.Bucket;
import io.kubesim.experiment.ExperimentResult.VariantResult;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

class ChartsTest {

  private final ExperimentResult r = ChartFixtures.twoVariants();

  @Test
  void png_isTwiceThePageSize() throws IOException {
    ReportChart chart = SuccessRateChart.create(r);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(ChartPng.png(chart)));
    assertEquals(ReportChart.WIDTH_PX * ChartPng.SCALE, image.getWidth());
    assertEquals(ReportChart.HEIGHT_PX * ChartPng.SCALE, image.getHeight());
  }

  @Test
  void successRateChart_seriesMatchTheBuckets() {
    YIntervalSeriesCollection data = SuccessRateChart.dataset(r);
    assertEquals(2, data.getSeriesCount());
    for (int s = 0; s < 2; s++) {
      VariantResult v = r.variants().get(s);
      assertEquals(v.name(), data.getSeriesKey(s));
      assertEquals(v.timeSeries().size(), data.getItemCount(s));
      for (int i = 0; i < v.timeSeries().size(); i++) {
        Bucket b = v.timeSeries().get(i);
        assertEquals(b.startSeconds() + r.bucketSeconds() / 2, data.getXValue(s, i), 1e-12);
        assertEquals(b.successRate().mean(), data.getYValue(s, i), 1e-12);
        assertEquals(b.successRate().ciLow(), data.getStartYValue(s, i), 1e-12);
        assertEquals(b.successRate().ciHigh(), data.getEndYValue(s, i), 1e-12);
      }
    }
  }

  @Test
  void successRateChart_shadesEveryFaultWindow() {
    XYPlot plot = (XYPlot) SuccessRateChart.create(r).chart().getPlot();
    assertEquals(r.faults().size(),
        plot.getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND).size());
  }

  @Test
  void latencyOverTimeChart_hasP50AndP99PerVariantInMilliseconds() {
    XYSeriesCollection data = LatencyOverTimeChart.dataset(r);
    assertEquals(List.of("default p50", "default p99", "throughput p50", "throughput p99"),
        java.util.stream.IntStream.range(0, data.getSeriesCount())
            .mapToObj(data::getSeriesKey).toList());
    double p99 = r.variants().get(0).timeSeries().get(0).latencyP99Seconds().mean();
    assertEquals(p99 * 1000, data.getYValue(1, 0), 1e-9);
  }

  @Test
  void latencyCdfChart_usesALogAxisForPositiveLatencies() {
    XYPlot plot = (XYPlot) LatencyCdfChart.create(r).chart().getPlot();
    assertTrue(plot.getDomainAxis() instanceof org.jfree.chart.axis.LogAxis);
    assertEquals(r.variants().get(0).latencyCdf().size(),
        LatencyCdfChart.dataset(r).getItemCount(0));
  }

  @Test
  void membershipChart_hasOneBarPerIntervalOnItsPodsRow() {
    VariantResult v = r.variants().get(1);
    XYIntervalSeriesCollection data = MembershipChart.dataset(r, v);
    List<String> pods = MembershipChart.pods(r, v);
    assertEquals(List.of("web-0", "web-1", "web-2"), pods);
    assertEquals(v.membership().size(), data.getItemCount(0));
    java.util.Set<List<Double>> expected = new java.util.HashSet<>();
    for (var m : v.membership()) {
      expected.add(List.of(m.fromSeconds(), m.toSeconds(), (double) pods.indexOf(m.pod())));
    }
    java.util.Set<List<Double>> actual = new java.util.HashSet<>();
    for (int i = 0; i < data.getItemCount(0); i++) {
      actual.add(List.of(data.getStartXValue(0, i), data.getEndXValue(0, i),
          data.getYValue(0, i)));
    }
    assertEquals(expected, actual);
  }

  @Test
  void failuresByCauseChart_stacksCausesInPercentPerVariant() {
    var data = FailuresByCauseChart.dataset(r);
    assertEquals(List.of("connectTimeout", "requestTimeout", "noEndpoints"), data.getRowKeys());
    assertEquals(List.of("default", "throughput"), data.getColumnKeys());
    double share = r.variants().get(0).failures().get("connectTimeout").mean();
    assertEquals(share * 100, data.getValue("connectTimeout", "default").doubleValue(), 1e-9);
  }

  @Test
  void podRequestsChart_holdsMeanAndHalfWidthPerPod() {
    var data = PodRequestsChart.dataset(r);
    var pod = r.variants().get(1).pods().get(1);
    assertEquals(pod.served().mean(), data.getMeanValue("throughput", pod.pod()).doubleValue());
    assertEquals(pod.served().halfWidth(),
        data.getStdDevValue("throughput", pod.pod()).doubleValue(), 1e-9);
  }

  @Test
  void sweepChart_plotsTheKpiAgainstTheNumericParameterValue() {
    ExperimentResult sweep = ChartFixtures.sweep();
    YIntervalSeriesCollection data = SweepChart.dataset(sweep, "successRateDuringFault");
    assertEquals(1, data.getSeriesCount(), "baseline without the parameter is left out");
    assertEquals(3, data.getItemCount(0));
    assertEquals(List.of(1.0, 5.0, 20.0),
        List.of(data.getXValue(0, 0), data.getXValue(0, 1), data.getXValue(0, 2)));
    double mean = sweep.variants().get(2).kpis().get("successRateDuringFault").mean();
    assertEquals(mean * 100, data.getYValue(0, 1), 1e-9, "fractions plotted as percent");
  }
}
