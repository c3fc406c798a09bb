package io.kubesim.reports;

import io.kubesim.experiment.Estimate;
import io.kubesim.experiment.ExperimentResult;
import io.kubesim.experiment.ExperimentResult.Bucket;
import io.kubesim.experiment.ExperimentResult.CdfPoint;
import io.kubesim.experiment.ExperimentResult.Comparison;
import io.kubesim.experiment.ExperimentResult.FaultWindow;
import io.kubesim.experiment.ExperimentResult.MembershipInterval;
import io.kubesim.experiment.ExperimentResult.PodResult;
import io.kubesim.experiment.ExperimentResult.VariantResult;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns an {@link ExperimentResult} into the JSON tree of the results file. Field order is fixed
 * here; maps without an inherent order are written in {@link ResultsOrder} order so that equal
 * results give byte-identical files. NaN becomes {@code null}; infinities become the strings
 * {@code "Infinity"} and {@code "-Infinity"}.
 */
final class ResultsJsonEncoder {

  /** The version of the results-file format written here. */
  static final int SCHEMA_VERSION = 1;

  private final JsonNodeFactory nodes = JsonNodeFactory.instance;

  ObjectNode encode(ExperimentResult r, String kubesimVersion) {
    ObjectNode root = nodes.objectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("kubesimVersion", kubesimVersion);
    root.put("scenario", r.scenario());
    root.put("description", r.description());
    root.put("seed", r.seed());
    root.put("replications", r.replications());
    number(root, "durationSeconds", r.durationSeconds());
    number(root, "warmUpSeconds", r.warmUpSeconds());
    number(root, "bucketSeconds", r.bucketSeconds());
    ArrayNode faults = root.putArray("faults");
    r.faults().forEach(f -> faults.add(fault(f)));
    if (r.sweepParameter().isPresent()) {
      root.put("sweepParameter", r.sweepParameter().get());
    } else {
      root.putNull("sweepParameter");
    }
    ArrayNode swept = root.putArray("sweepParameters");
    r.sweepParameters().forEach(swept::add);
    ArrayNode variants = root.putArray("variants");
    r.variants().forEach(v -> variants.add(variant(v)));
    ArrayNode comparisons = root.putArray("comparisons");
    r.comparisons().forEach(c -> comparisons.add(comparison(c)));
    root.put("sourceText", r.sourceText());
    return root;
  }

  private ObjectNode fault(FaultWindow f) {
    ObjectNode o = nodes.objectNode();
    o.put("name", f.name());
    o.put("kind", f.kind());
    number(o, "startSeconds", f.startSeconds());
    number(o, "endSeconds", f.endSeconds());
    return o;
  }

  private ObjectNode variant(VariantResult v) {
    ObjectNode o = nodes.objectNode();
    o.put("name", v.name());
    ObjectNode parameters = o.putObject("parameters");
    ResultsOrder.sortedKeys(v.parameters()).forEach(k -> parameters.put(k, v.parameters().get(k)));
    o.set("kpis", estimates(v.kpis(), false));
    o.set("failures", estimates(v.failures(), true));
    ArrayNode series = o.putArray("timeSeries");
    v.timeSeries().forEach(b -> series.add(bucket(b)));
    ArrayNode cdf = o.putArray("latencyCdf");
    v.latencyCdf().forEach(p -> cdf.add(cdfPoint(p)));
    ArrayNode pods = o.putArray("pods");
    v.pods().forEach(p -> pods.add(pod(p)));
    ArrayNode membership = o.putArray("membership");
    v.membership().forEach(m -> membership.add(interval(m)));
    return o;
  }

  private ObjectNode bucket(Bucket b) {
    ObjectNode o = nodes.objectNode();
    number(o, "startSeconds", b.startSeconds());
    number(o, "requests", b.requests());
    o.set("successRate", estimate(b.successRate()));
    o.set("latencyP50Seconds", estimate(b.latencyP50Seconds()));
    o.set("latencyP99Seconds", estimate(b.latencyP99Seconds()));
    ObjectNode failures = o.putObject("failures");
    ResultsOrder.causeKeys(b.failures()).forEach(k -> number(failures, k, b.failures().get(k)));
    number(o, "readyEndpoints", b.readyEndpoints());
    number(o, "exposedFraction", b.exposedFraction());
    return o;
  }

  private ObjectNode cdfPoint(CdfPoint p) {
    ObjectNode o = nodes.objectNode();
    number(o, "latencySeconds", p.latencySeconds());
    number(o, "cumulativeFraction", p.cumulativeFraction());
    return o;
  }

  private ObjectNode pod(PodResult p) {
    ObjectNode o = nodes.objectNode();
    o.put("pod", p.pod());
    o.put("node", p.node());
    o.set("served", estimate(p.served()));
    return o;
  }

  private ObjectNode interval(MembershipInterval m) {
    ObjectNode o = nodes.objectNode();
    o.put("pod", m.pod());
    number(o, "fromSeconds", m.fromSeconds());
    number(o, "toSeconds", m.toSeconds());
    return o;
  }

  private ObjectNode comparison(Comparison c) {
    ObjectNode o = nodes.objectNode();
    o.put("baseline", c.baseline());
    o.put("variant", c.variant());
    o.set("kpis", estimates(c.kpis(), false));
    return o;
  }

  /** KPI maps keep their insertion order; failure-cause maps take the cause order. */
  private ObjectNode estimates(Map<String, Estimate> map, boolean causes) {
    ObjectNode o = nodes.objectNode();
    Iterable<String> keys = causes ? ResultsOrder.causeKeys(map) : map.keySet();
    keys.forEach(k -> o.set(k, estimate(map.get(k))));
    return o;
  }

  private ObjectNode estimate(Estimate e) {
    ObjectNode o = nodes.objectNode();
    number(o, "mean", e.mean());
    number(o, "ciLow", e.ciLow());
    number(o, "ciHigh", e.ciHigh());
    number(o, "stdDev", e.stdDev());
    o.put("n", e.n());
    return o;
  }

  private static void number(ObjectNode o, String name, double value) {
    if (Double.isNaN(value)) {
      o.putNull(name);
    } else if (Double.isInfinite(value)) {
      o.put(name, value > 0 ? "Infinity" : "-Infinity");
    } else {
      o.put(name, value);
    }
  }
}
