package io.kubesim.scenarios.spec;

import io.kubesim.engine.RandomStreams;
import io.kubesim.engine.StreamPurpose;
import io.kubesim.scenarios.yaml.TreePath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import umontreal.ssj.rng.RandomStream;

/**
 * The design of a sweep: the Cartesian product of every {@link Axis}'s values, crossed with a
 * Latin hypercube of {@code samples} points over the {@link Range}s (when there are any). Each
 * point sets every parameter, anywhere under {@code spec} (variant and case patches included),
 * before the variants are built; every variant then runs once per point.
 *
 * <p>Design notes. A Latin hypercube (McKay, Beckman and Conover, <i>Technometrics</i> 21(2),
 * 1979) cuts each range into {@code samples} equal strata and puts exactly one point in each
 * stratum of each parameter: stratum {@code π_d(i)} for point {@code i}, with an independent
 * random permutation {@code π_d} per parameter, and a uniform position inside the stratum. The
 * permutations and positions come from substream 0 of the {@link StreamPurpose#SWEEP_SAMPLING}
 * stream of the master seed, so the same seed gives the same points on every engine.
 *
 * @param axes parameters with explicit values, outermost first
 * @param ranges parameters drawn by the Latin hypercube
 * @param samples points of the hypercube; 0 when there are no ranges
 */
public record Sweep(List<Axis> axes, List<Range> ranges, int samples) {
  /** Parts of {@code spec} a sweep cannot set: they are not part of a variant's model. */
  private static final Set<String> NOT_SWEEPABLE = Set.of("experiment", "thresholds");

  /**
   * A parameter with explicit values.
   *
   * @param path the field, e.g. {@code spec.deployments[web].replicas}
   * @param values its values, written as YAML scalars
   */
  public record Axis(TreePath path, List<String> values) {
    /** Canonical constructor: at least one value, each stripped, none repeated. */
    public Axis {
      checkPath(path);
      values = values.stream().map(String::strip).toList();
      if (values.isEmpty()) {
        throw new IllegalArgumentException(path.text() + ": a parameter needs at least one value");
      }
      if (new HashSet<>(values).size() != values.size()) {
        throw new IllegalArgumentException(path.text() + ": a value is repeated in " + values);
      }
    }
  }

  /**
   * A parameter drawn from {@code [min, max]}, written {@code PATH=min:max} with an optional unit
   * shared by both ends ({@code 100ms:2s} is refused; write {@code 100ms:2000ms}). When both ends
   * are integers the drawn values are integers.
   *
   * @param path the field
   * @param min lower end
   * @param max upper end
   * @param unit the unit suffix written after each number (e.g. {@code ms}, {@code /s}), or empty
   * @param integer whether values are whole numbers
   */
  public record Range(TreePath path, double min, double max, String unit, boolean integer) {
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile(
        "([+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)(\\S*)");

    /**
     * Integer ends beyond this are drawn as real numbers (the integer arithmetic would overflow;
     * no field takes such values anyway, so the point is refused by the field's own check).
     */
    private static final double MAX_EXACT = 1e15;

    /** Canonical constructor: finite ends with {@code min < max}. */
    public Range {
      checkPath(path);
      if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
        throw new IllegalArgumentException(path.text() + ": expected min < max, got " + min
            + ":" + max);
      }
      unit = unit == null ? "" : unit;
    }

    /**
     * Parses {@code PATH=min:max}.
     *
     * @throws IllegalArgumentException if it is malformed
     */
    public static Range parse(String text) {
      int eq = text.indexOf('=');
      int colon = text.lastIndexOf(':');
      if (eq <= 0 || colon < eq) {
        throw new IllegalArgumentException("expected PATH=min:max like "
            + "spec.clients[web].arrivals.rate=100/s:600/s, got '" + text + "'");
      }
      TreePath path = TreePath.parse(text.substring(0, eq).strip());
      String lo = text.substring(eq + 1, colon).strip();
      String hi = text.substring(colon + 1).strip();
      java.util.regex.Matcher a = NUMBER.matcher(lo);
      java.util.regex.Matcher b = NUMBER.matcher(hi);
      if (!a.matches() || !b.matches()) {
        throw new IllegalArgumentException(path.text() + ": expected numbers with an optional "
            + "unit, like 100ms:900ms, got '" + lo + ":" + hi + "'");
      }
      if (!a.group(2).equals(b.group(2))) {
        throw new IllegalArgumentException(path.text() + ": both ends need the same unit, got '"
            + a.group(2) + "' and '" + b.group(2) + "'");
      }
      double min = Double.parseDouble(a.group(1));
      double max = Double.parseDouble(b.group(1));
      boolean integer = a.group(1).matches("[+-]?\\d+") && b.group(1).matches("[+-]?\\d+")
          && Math.abs(min) <= MAX_EXACT && Math.abs(max) <= MAX_EXACT;
      return new Range(path, min, max, a.group(2), integer);
    }

    /** The value at {@code u} in [0, 1), written as in a scenario file. */
    String valueAt(double u) {
      if (integer) {
        long lo = (long) min;
        long span = (long) max - lo + 1;
        return Math.min((long) max, lo + (long) Math.floor(u * span)) + unit;
      }
      double x = min + u * (max - min);
      java.math.BigDecimal d = new java.math.BigDecimal(x).round(new java.math.MathContext(6))
          .stripTrailingZeros();
      String plain = d.toPlainString();
      return (plain.length() <= 20 ? plain : d.toString()) + unit;
    }
  }

  /** Canonical constructor: at least one parameter, no parameter twice. */
  public Sweep {
    axes = List.copyOf(axes);
    ranges = List.copyOf(ranges);
    if (axes.isEmpty() && ranges.isEmpty()) {
      throw new IllegalArgumentException("a sweep needs at least one parameter");
    }
    if (ranges.isEmpty() ? samples != 0 : samples < 1) {
      throw new IllegalArgumentException(ranges.isEmpty()
          ? "--samples needs at least one --range" : "--range needs --samples N (N >= 1)");
    }
    Set<String> seen = new HashSet<>();
    for (String p : parameters(axes, ranges)) {
      if (!seen.add(p)) {
        throw new IllegalArgumentException(p + ": the parameter is swept twice");
      }
    }
  }

  /** A sweep of one parameter over {@code values}. */
  public static Sweep of(TreePath path, List<String> values) {
    return new Sweep(List.of(new Axis(path, values)), List.of(), 0);
  }

  /** The swept paths, axes first then ranges: the order of every point's entries. */
  public List<String> parameters() {
    return parameters(axes, ranges);
  }

  private static List<String> parameters(List<Axis> axes, List<Range> ranges) {
    List<String> out = new ArrayList<>();
    axes.forEach(a -> out.add(a.path().text()));
    ranges.forEach(r -> out.add(r.path().text()));
    return out;
  }

  /** The paths, parsed, in {@link #parameters()} order. */
  List<TreePath> paths() {
    List<TreePath> out = new ArrayList<>();
    axes.forEach(a -> out.add(a.path()));
    ranges.forEach(r -> out.add(r.path()));
    return out;
  }

  /** How many points the sweep has. */
  public long pointCount() {
    long n = ranges.isEmpty() ? 1 : samples;
    for (Axis a : axes) {
      n = Math.multiplyExact(n, a.values().size());
    }
    return n;
  }

  /**
   * The points: parameter path → value, in {@link #parameters()} order; the first axis varies
   * slowest, the hypercube's sample fastest.
   *
   * @param seed the experiment's master seed
   */
  public List<Map<String, String>> points(long seed) {
    List<List<String>> sampled = hypercube(seed);
    List<Map<String, String>> out = new ArrayList<>();
    out.add(new LinkedHashMap<>());
    for (Axis a : axes) {
      List<Map<String, String>> next = new ArrayList<>();
      for (Map<String, String> partial : out) {
        for (String v : a.values()) {
          Map<String, String> p = new LinkedHashMap<>(partial);
          p.put(a.path().text(), v);
          next.add(p);
        }
      }
      out = next;
    }
    if (ranges.isEmpty()) {
      return out;
    }
    List<Map<String, String>> crossed = new ArrayList<>();
    for (Map<String, String> partial : out) {
      for (List<String> sample : sampled) {
        Map<String, String> p = new LinkedHashMap<>(partial);
        for (int d = 0; d < ranges.size(); d++) {
          p.put(ranges.get(d).path().text(), sample.get(d));
        }
        crossed.add(p);
      }
    }
    return crossed;
  }

  /** The hypercube's samples: [sample][range] values. */
  private List<List<String>> hypercube(long seed) {
    if (ranges.isEmpty()) {
      return List.of();
    }
    RandomStream rng = new RandomStreams(seed).forReplication(0)
        .stream(StreamPurpose.SWEEP_SAMPLING);
    String[][] values = new String[samples][ranges.size()];
    for (int d = 0; d < ranges.size(); d++) {
      int[] stratum = new int[samples];
      for (int i = 0; i < samples; i++) {
        stratum[i] = i;
      }
      for (int i = samples - 1; i > 0; i--) {
        int j = rng.nextInt(0, i);
        int t = stratum[i];
        stratum[i] = stratum[j];
        stratum[j] = t;
      }
      for (int i = 0; i < samples; i++) {
        values[i][d] = ranges.get(d).valueAt((stratum[i] + rng.nextDouble()) / samples);
      }
    }
    List<List<String>> out = new ArrayList<>();
    for (String[] row : values) {
      out.add(List.of(row));
    }
    return out;
  }

  /**
   * Labels for variant names, in {@link #parameters()} order: each path's last key, or the whole
   * path where two parameters share a last key.
   */
  List<String> labels() {
    List<TreePath> paths = paths();
    List<String> keys = paths.stream().map(Sweep::lastKey).toList();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < paths.size(); i++) {
      boolean shared = keys.indexOf(keys.get(i)) != keys.lastIndexOf(keys.get(i));
      out.add(shared ? paths.get(i).text() : keys.get(i));
    }
    return out;
  }

  /**
   * Checks that {@code path} names a field a sweep may set: under {@code spec}, not in
   * {@code experiment} or {@code thresholds}, inside a variant's or case's {@code patch} when
   * under {@code variants} or {@code cases}, and not a {@code name} (names identify items).
   *
   * @throws IllegalArgumentException if it does not
   */
  public static void checkPath(TreePath path) {
    List<TreePath.Segment> s = path.segments();
    String example = "; e.g. spec.deployments[web].replicas or "
        + "spec.variants[throughput].patch.deployments[web].template.readinessProbe.minRequests";
    if (s.size() < 2 || !(s.get(0) instanceof TreePath.Key k && k.name().equals("spec"))
        || !(s.get(1) instanceof TreePath.Key second)
        || NOT_SWEEPABLE.contains(second.name())) {
      throw new IllegalArgumentException(path.text() + ": a sweep parameter must be a field of "
          + "the model under spec (not spec.experiment or spec.thresholds)" + example);
    }
    if ((second.name().equals("variants") || second.name().equals("cases"))
        && (s.size() < 5 || !(s.get(2) instanceof TreePath.Item)
            || !(s.get(3) instanceof TreePath.Key p && p.name().equals("patch")))) {
      throw new IllegalArgumentException(path.text() + ": under spec." + second.name()
          + " a sweep parameter must be inside an item's patch, like spec." + second.name()
          + "[NAME].patch.FIELD");
    }
    if (s.get(s.size() - 1) instanceof TreePath.Key last && last.name().equals("name")) {
      throw new IllegalArgumentException(path.text() + ": names identify items and cannot be "
          + "swept; sweep one of the item's fields");
    }
  }

  private static String lastKey(TreePath path) {
    for (int i = path.segments().size() - 1; i >= 0; i--) {
      if (path.segments().get(i) instanceof TreePath.Key k) {
        return k.name();
      }
    }
    return path.text();
  }
}
