package io.kubesim.reports.charts;

import io.kubesim.experiment.ExperimentResult.MembershipInterval;
import io.kubesim.experiment.ExperimentResult.PodResult;
import io.kubesim.experiment.ExperimentResult.VariantResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which pods a per-pod chart draws. Up to {@link #MAX_PODS} pods every one is drawn; beyond that
 * a chart with one row or bar per pod is unreadable (and slow to draw), so it shows the most
 * interesting ones and its caption says so: for endpoint membership the pods longest out of the
 * endpoints (the faulty ones), for requests served the pods with the fewest and the most requests.
 * Every method is linear in pods and intervals, plus one sort.
 *
 * @param pods the pods to draw, in result order
 * @param total how many pods there are
 * @param criterion what the shown pods were chosen by, for the caption; empty when all are shown
 */
public record PodSelection(List<String> pods, int total, String criterion) {

  /** The most pods a chart draws one by one. */
  public static final int MAX_PODS = 40;

  /** Canonical constructor: copies the list. */
  public PodSelection {
    pods = List.copyOf(pods);
  }

  /** Whether some pods are left out. */
  public boolean partial() {
    return pods.size() < total;
  }

  /** A caption sentence saying which pods are shown, or nothing when all are. */
  public String caption() {
    if (!partial()) {
      return "";
    }
    return String.format(Locale.ROOT, " Showing %,d of %,d pods: %s.", pods.size(), total,
        criterion);
  }

  /**
   * The membership chart's rows: the pods of {@code v} (result order, then pods seen only in
   * membership), or, with more than {@link #MAX_PODS}, those longest out of the endpoints during
   * {@code durationSeconds}.
   */
  public static PodSelection forMembership(VariantResult v, double durationSeconds) {
    Map<String, double[]> inSeconds = new LinkedHashMap<>();
    v.pods().forEach(p -> inSeconds.put(p.pod(), new double[1]));
    List<String> extra = new ArrayList<>();
    for (MembershipInterval m : v.membership()) {
      double from = Double.isFinite(m.fromSeconds()) ? m.fromSeconds() : 0;
      double to = Double.isFinite(m.toSeconds()) ? m.toSeconds() : durationSeconds;
      inSeconds.computeIfAbsent(m.pod(), k -> {
        extra.add(k);
        return new double[1];
      })[0] += Math.max(0, to - from);
    }
    List<String> all = new ArrayList<>(inSeconds.size());
    v.pods().forEach(p -> all.add(p.pod()));
    all.addAll(extra.stream().sorted().toList());
    if (all.size() <= MAX_PODS) {
      return new PodSelection(dedupe(all), inSeconds.size(), "");
    }
    Map<String, Integer> order = indexOf(all);
    List<String> chosen = all.stream()
        .sorted(Comparator.comparingDouble((String p) -> inSeconds.get(p)[0])
            .thenComparing(order::get))
        .limit(MAX_PODS)
        .sorted(Comparator.comparing(order::get))
        .toList();
    return new PodSelection(chosen, inSeconds.size(),
        "those longest out of the endpoints");
  }

  /**
   * The requests chart's bars: every pod, or, with more than {@link #MAX_PODS}, the half with the
   * fewest and the half with the most requests served (by mean, over every variant).
   */
  public static PodSelection forRequests(List<VariantResult> variants) {
    Map<String, double[]> range = new LinkedHashMap<>();
    for (VariantResult v : variants) {
      for (PodResult p : v.pods()) {
        double served = p.served().mean();
        double[] r = range.computeIfAbsent(p.pod(),
            k -> new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY});
        if (!Double.isNaN(served)) {
          r[0] = Math.min(r[0], served);
          r[1] = Math.max(r[1], served);
        }
      }
    }
    List<String> all = new ArrayList<>(range.keySet());
    if (all.size() <= MAX_PODS) {
      return new PodSelection(all, all.size(), "");
    }
    Map<String, Integer> order = indexOf(all);
    int half = MAX_PODS / 2;
    List<String> fewest = all.stream()
        .sorted(Comparator.comparingDouble((String p) -> range.get(p)[0])
            .thenComparing(order::get))
        .limit(half).toList();
    List<String> most = all.stream()
        .sorted(Comparator.comparingDouble((String p) -> -range.get(p)[1])
            .thenComparing(order::get))
        .filter(p -> !fewest.contains(p))
        .limit(half).toList();
    List<String> chosen = new ArrayList<>(fewest);
    chosen.addAll(most);
    chosen.sort(Comparator.comparing(order::get));
    return new PodSelection(chosen, all.size(),
        "the " + half + " with the fewest and the " + half + " with the most requests served");
  }

  private static List<String> dedupe(List<String> pods) {
    return List.copyOf(new java.util.LinkedHashSet<>(pods));
  }

  /** Each pod's position, first occurrence. */
  static Map<String, Integer> indexOf(List<String> pods) {
    Map<String, Integer> index = new HashMap<>(pods.size() * 2);
    for (int i = 0; i < pods.size(); i++) {
      index.putIfAbsent(pods.get(i), i);
    }
    return index;
  }
}
