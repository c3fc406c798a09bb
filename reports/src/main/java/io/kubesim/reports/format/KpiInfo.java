package io.kubesim.reports.format;

import io.kubesim.metrics.Kpi;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a KPI key means to a reader: a label, its unit and which direction is better. Keys that
 * this version of kubesim does not know (a newer results file) are shown by their key, unit-less,
 * with no better direction.
 *
 * @param key the results-file name
 * @param label a short human label
 * @param unit {@code fraction}, {@code s}, {@code count}, {@code ratio} or empty
 * @param higherIsBetter which direction is better, when known
 */
public record KpiInfo(String key, String label, String unit, Optional<Boolean> higherIsBetter) {

  private static final Map<String, Kpi> BY_KEY =
      Arrays.stream(Kpi.values()).collect(Collectors.toMap(Kpi::key, Function.identity()));

  private static final Map<Kpi, String> LABELS = Map.ofEntries(
      Map.entry(Kpi.SUCCESS_RATE, "Success rate"),
      Map.entry(Kpi.SUCCESS_RATE_DURING_FAULT, "Success rate during the fault"),
      Map.entry(Kpi.SUCCESS_RATE_AFTER_FAULT, "Success rate after healing"),
      Map.entry(Kpi.LATENCY_P50, "Latency p50"),
      Map.entry(Kpi.LATENCY_P90, "Latency p90"),
      Map.entry(Kpi.LATENCY_P99, "Latency p99"),
      Map.entry(Kpi.LATENCY_P999, "Latency p99.9"),
      Map.entry(Kpi.DETECTION, "Time until no kube-proxy routes to faulty pods"),
      Map.entry(Kpi.DETECTED, "Fault detected while it lasted"),
      Map.entry(Kpi.FALSE_UNREADY, "False unready transitions"),
      Map.entry(Kpi.RESTARTS, "Container restarts"),
      Map.entry(Kpi.EVICTIONS, "Pods evicted"),
      Map.entry(Kpi.SERVED_IMBALANCE, "Served-request imbalance (max / mean)"),
      Map.entry(Kpi.CAPACITY_LOST_AFTER_HEAL, "Capacity lost after healing"),
      Map.entry(Kpi.REQUESTS, "Requests"),
      Map.entry(Kpi.ATTEMPTS_PER_REQUEST, "Attempts per request"),
      Map.entry(Kpi.EXPOSURE, "Share of the fault a healthy node routed to a faulty pod"),
      Map.entry(Kpi.FAULTY_ENDPOINT_FLAPS, "Re-admissions of faulty pods during the fault"),
      Map.entry(Kpi.FALSE_EJECTIONS, "Mesh ejections of healthy endpoints"));

  /** The information for a KPI key. */
  public static KpiInfo of(String key) {
    Kpi kpi = BY_KEY.get(key);
    if (kpi == null) {
      return new KpiInfo(key, key, "", Optional.empty());
    }
    return new KpiInfo(key, LABELS.getOrDefault(kpi, key), kpi.unit(),
        Optional.of(kpi.higherIsBetter()));
  }

  /**
   * Whether the KPI is averaged over only the replications where it happened (detection: the
   * replications that detected the fault), so its count of replications must be shown.
   */
  public boolean averagedOverOccurrences() {
    return Kpi.DETECTION.key().equals(key);
  }

  /** The label with its unit for an axis or a table heading, e.g. {@code Latency p99 (ms)}. */
  public String labelWithUnit() {
    String display = Numbers.displayUnit(unit);
    return display.isEmpty() ? label : label + " (" + display + ")";
  }
}
