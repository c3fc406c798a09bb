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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;

/**
 * Turns the JSON tree of a results file back into an {@link ExperimentResult}: the inverse of
 * {@link ResultsJsonEncoder}. Every error names the file and the field path ({@code
 * variants[1].kpis.successRate.mean}) and says what was expected.
 */
final class ResultsJsonDecoder {

  private final String file;

  ResultsJsonDecoder(String file) {
    this.file = file;
  }

  ExperimentResult decode(JsonNode root) throws InvalidResultsException {
    try {
      Field r = new Field(root, "");
      int version = r.get("schemaVersion").integer();
      if (version != ResultsJsonEncoder.SCHEMA_VERSION) {
        throw r.get("schemaVersion").error("expected " + ResultsJsonEncoder.SCHEMA_VERSION
            + " (this kubesim reads results format version "
            + ResultsJsonEncoder.SCHEMA_VERSION + " only), got " + version);
      }
      JsonNode sweeps = r.node.get("sweepParameters");
      JsonNode sweep = r.node.get("sweepParameter");
      List<String> swept = sweeps != null && !sweeps.isNull()
          ? r.get("sweepParameters").list(f -> f.string())
          : sweep == null || sweep.isNull() ? List.of() : List.of(r.get("sweepParameter").string());
      return new ExperimentResult(
          r.get("scenario").string(),
          r.get("description").string(),
          r.get("seed").longInteger(),
          r.get("replications").integer(),
          r.get("durationSeconds").number(),
          r.get("warmUpSeconds").number(),
          r.get("bucketSeconds").number(),
          r.get("faults").list(this::fault),
          swept,
          r.get("variants").list(this::variant),
          r.get("comparisons").list(this::comparison),
          r.get("sourceText").string());
    } catch (DecodeError e) {
      throw new InvalidResultsException(file + ": " + e.getMessage());
    }
  }

  private FaultWindow fault(Field f) {
    return new FaultWindow(f.get("name").string(), f.get("kind").string(),
        f.get("startSeconds").number(), f.get("endSeconds").number());
  }

  private VariantResult variant(Field v) {
    return new VariantResult(
        v.get("name").string(),
        v.get("parameters").map((k, p) -> p.string()),
        v.get("kpis").map((k, e) -> estimate(e)),
        v.get("failures").map((k, e) -> estimate(e)),
        v.get("timeSeries").list(this::bucket),
        v.get("latencyCdf").list(p -> new CdfPoint(
            p.get("latencySeconds").number(), p.get("cumulativeFraction").number())),
        v.get("pods").list(p -> new PodResult(
            p.get("pod").string(), p.get("node").string(), estimate(p.get("served")))),
        v.get("membership").list(m -> new MembershipInterval(
            m.get("pod").string(), m.get("fromSeconds").number(), m.get("toSeconds").number())));
  }

  private Bucket bucket(Field b) {
    return new Bucket(
        b.get("startSeconds").number(),
        b.get("requests").number(),
        estimate(b.get("successRate")),
        estimate(b.get("latencyP50Seconds")),
        estimate(b.get("latencyP99Seconds")),
        b.get("failures").map((k, n) -> n.number()),
        b.get("readyEndpoints").number(),
        b.optional("exposedFraction").map(Field::number).orElse(Double.NaN));
  }

  private Comparison comparison(Field c) {
    return new Comparison(c.get("baseline").string(), c.get("variant").string(),
        c.get("kpis").map((k, e) -> estimate(e)));
  }

  private static Estimate estimate(Field e) {
    return new Estimate(e.get("mean").number(), e.get("ciLow").number(),
        e.get("ciHigh").number(), e.get("stdDev").number(), e.get("n").integer());
  }

  /** A decoding failure at a field path; turned into an {@link InvalidResultsException}. */
  private static final class DecodeError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DecodeError(String message) {
      super(message, null, false, false);
    }
  }

  /** A JSON node with the path that led to it, for error messages. */
  private record Field(JsonNode node, String path) {

    Field get(String name) {
      if (!node.isObject()) {
        throw error("expected an object");
      }
      JsonNode child = node.get(name);
      String childPath = path.isEmpty() ? name : path + "." + name;
      if (child == null) {
        throw new DecodeError("field '" + childPath + "' is missing");
      }
      return new Field(child, childPath);
    }

    /** A field that results written before it existed do not have. */
    java.util.Optional<Field> optional(String name) {
      if (!node.isObject()) {
        throw error("expected an object");
      }
      JsonNode child = node.get(name);
      return child == null ? java.util.Optional.empty()
          : java.util.Optional.of(new Field(child, path.isEmpty() ? name : path + "." + name));
    }

    DecodeError error(String expected) {
      return new DecodeError("field '" + (path.isEmpty() ? "(root)" : path) + "': " + expected);
    }

    String string() {
      if (!node.isString()) {
        throw error("expected a string, got " + node);
      }
      return node.stringValue();
    }

    double number() {
      if (node.isNull()) {
        return Double.NaN;
      }
      if (node.isNumber()) {
        return node.doubleValue();
      }
      if (node.isString() && node.stringValue().equals("Infinity")) {
        return Double.POSITIVE_INFINITY;
      }
      if (node.isString() && node.stringValue().equals("-Infinity")) {
        return Double.NEGATIVE_INFINITY;
      }
      throw error("expected a number, null (NaN), \"Infinity\" or \"-Infinity\", got " + node);
    }

    long longInteger() {
      if (!node.isIntegralNumber() || !node.canConvertToLong()) {
        throw error("expected a whole number, got " + node);
      }
      return node.longValue();
    }

    int integer() {
      if (!node.isIntegralNumber() || !node.canConvertToInt()) {
        throw error("expected a whole number, got " + node);
      }
      return node.intValue();
    }

    <T> List<T> list(java.util.function.Function<Field, T> element) {
      if (!node.isArray()) {
        throw error("expected a list, got " + node.getNodeType());
      }
      List<T> out = new ArrayList<>(node.size());
      for (int i = 0; i < node.size(); i++) {
        out.add(element.apply(new Field(node.get(i), path + "[" + i + "]")));
      }
      return List.copyOf(out);
    }

    <T> Map<String, T> map(BiFunction<String, Field, T> value) {
      if (!node.isObject()) {
        throw error("expected an object, got " + node.getNodeType());
      }
      Map<String, T> out = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        out.put(e.getKey(), value.apply(e.getKey(), new Field(e.getValue(), path + "." + e.getKey())));
      }
      return java.util.Collections.unmodifiableMap(out);
    }
  }
}
