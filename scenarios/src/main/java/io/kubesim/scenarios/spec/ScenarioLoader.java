package io.kubesim.scenarios.spec;

import io.kubesim.config.ExperimentConfig;
import io.kubesim.experiment.Experiment;
import io.kubesim.experiment.Variant;
import io.kubesim.scenarios.schema.Format;
import io.kubesim.scenarios.yaml.Location;
import io.kubesim.scenarios.yaml.MapNode;
import io.kubesim.scenarios.yaml.MergePatch;
import io.kubesim.scenarios.yaml.Node;
import io.kubesim.scenarios.yaml.ScalarNode;
import io.kubesim.scenarios.yaml.ScenarioException;
import io.kubesim.scenarios.yaml.TreePath;
import io.kubesim.scenarios.yaml.YamlLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a scenario file into a validated {@link Scenario}: parse, apply {@code --set} overrides,
 * check the document against the format, then build every variant (the base {@code spec} with
 * the variant's merge patch, and for a sweep each swept value) into sim-core's configuration.
 */
public final class ScenarioLoader {
  /** Parts of {@code spec} that are not part of a variant's model and that patches cannot touch. */
  private static final List<String> NOT_PATCHABLE = List.of(
      "variants", "cases", "thresholds", "experiment");

  private final YamlLoader yaml;

  /** A loader reading YAML with {@code yaml}. */
  public ScenarioLoader(YamlLoader yaml) {
    this.yaml = yaml;
  }

  /** A loader with the default input limits. */
  public static ScenarioLoader withDefaultLimits() {
    return new ScenarioLoader(YamlLoader.withDefaultLimits());
  }

  /** Loads {@code file}. */
  public Scenario load(Path file, List<FieldOverride> overrides, Optional<Sweep> sweep) {
    return load(file.toString(), yaml.readText(file), overrides, sweep, new Conversion());
  }

  /**
   * Loads scenario {@code text} read from {@code source}.
   *
   * @param conversion records which fields were read
   */
  public Scenario load(String source, String text, List<FieldOverride> overrides,
      Optional<Sweep> sweep, Conversion conversion) {
    Node root = yaml.load(source, text);
    for (FieldOverride o : overrides) {
      root = o.path().set(root, parseValue("--set " + o.text(), o.value()));
    }
    ObjectReader doc = conversion.read(root, Format.SCENARIO, "");
    doc.choice("apiVersion");
    doc.choice("kind");
    ObjectReader meta = doc.object("metadata");
    String name = meta.fileName("name");
    String description = meta.has("description") ? meta.text("description") : "";
    meta.value("description");
    ObjectReader spec = doc.object("spec");
    ExperimentConfig settings = settings(spec.object("experiment"));
    conversion.runSeconds(settings.durationSeconds());
    List<Variant> variants = sweep.isEmpty()
        ? variants(conversion, spec, Map.of(), List.of(), Map.of())
        : sweptVariants(conversion, root, spec, sweep.get(), settings.seed());
    List<Scenario.VariantThreshold> thresholds = Thresholds.read(spec,
        variants.stream().map(Variant::name).toList(), baseNames(spec));
    List<String> sweepParameters = sweep.map(Sweep::parameters).orElse(List.of());
    Experiment experiment = Conversion.build(root, "", () -> new Experiment(
        name, description, settings, variants, sweepParameters, text));
    return new Scenario(source, experiment, thresholds, conversion.warnings());
  }

  private Node parseValue(String source, String value) {
    if (value.isBlank()) {
      return new ScalarNode(new Location(source, 1, 1), null, ScalarNode.Kind.NULL);
    }
    return yaml.load(source, value);
  }

  private static ExperimentConfig settings(ObjectReader r) {
    double duration = r.seconds("duration");
    double warmUp = r.seconds("warmUp");
    int replications = r.integer32("replications");
    long seed = r.integer("seed");
    double bucket = r.seconds("bucket");
    if (bucket > duration) {
      r.conversion().warn(r.value("bucket"), r.child("bucket"), "a time-series bucket of "
          + Values.plain(bucket) + " s is longer than the run (" + Values.plain(duration)
          + " s): the time series has a single, partial bucket");
    }
    return Conversion.build(r.node(), r.path(),
        () -> new ExperimentConfig(duration, warmUp, replications, seed, bucket));
  }

  /**
   * The variants of a sweep: every point's variants, then ordered case by case and declared
   * variant by declared variant, each over every point. A parameter inside a variant's or case's
   * patch is set in the document before the patches are read; any other is set in each variant's
   * patched spec, so that it wins over a patch that sets the same field.
   */
  private List<Variant> sweptVariants(Conversion conversion, Node root, ObjectReader spec,
      Sweep sweep, long seed) {
    List<TreePath> paths = sweep.paths();
    List<String> labels = sweep.labels();
    List<List<Variant>> perPoint = new ArrayList<>();
    for (Map<String, String> point : sweep.points(seed)) {
      Node swept = root;
      Map<TreePath, Node> modelValues = new LinkedHashMap<>();
      for (TreePath path : paths) {
        String value = point.get(path.text());
        Node parsed = parseValue("--values " + value, value);
        if (insidePatch(path)) {
          swept = path.set(swept, parsed);
        } else {
          modelValues.put(path, parsed);
        }
      }
      ObjectReader pointSpec = swept == root ? spec
          : conversion.read(swept, Format.SCENARIO, "").object("spec");
      List<String> label = new ArrayList<>();
      for (int i = 0; i < paths.size(); i++) {
        label.add(labels.get(i) + "=" + point.get(paths.get(i).text()));
      }
      perPoint.add(variants(conversion, pointSpec, point, label, modelValues));
      if (perPoint.get(perPoint.size() - 1).size() != perPoint.get(0).size()) {
        throw new ScenarioException(Location.builtIn("--param"), String.join(", ", point.keySet()),
            "a sweep point changed the number of variants or cases");
      }
    }
    List<Variant> out = new ArrayList<>();
    for (int k = 0; k < perPoint.get(0).size(); k++) {
      for (List<Variant> point : perPoint) {
        out.add(point.get(k));
      }
    }
    return out;
  }

  /**
   * The variants of {@code spec}: every declared variant under every case. For a sweep point,
   * {@code point} holds its values (parameters of each variant) and {@code label} names them.
   */
  private List<Variant> variants(Conversion conversion, ObjectReader spec,
      Map<String, String> point, List<String> label, Map<TreePath, Node> modelValues) {
    MapNode base = spec.node();
    for (String key : NOT_PATCHABLE) {
      base = base.without(key);
    }
    List<ObjectReader> declared = spec.objects("variants");
    if (declared.isEmpty()) {
      throw new ScenarioException(spec.value("variants").location(), spec.child("variants"),
          "expected at least one variant");
    }
    // The base spec first, so that its errors are reported once, without a variant's name.
    ModelConverter.model(conversion.read(base, Format.SPEC, "spec"));
    List<MatrixCase> cases = cases(spec, base);
    Set<String> names = new HashSet<>();
    for (ObjectReader v : declared) {
      String name = v.text("name");
      if (!names.add(name)) {
        throw new ScenarioException(v.value("name").location(), v.child("name"),
            "duplicate variant name '" + name + "'");
      }
      if (v.has("description")) {
        v.text("description");
      }
    }
    List<Variant> out = new ArrayList<>();
    for (MatrixCase c : cases) {
      // In a policy matrix each variant is compared with the first variant of its own case.
      Optional<String> baseline = c.name().map(n -> c.variantName(declared.get(0).text("name")));
      for (ObjectReader v : declared) {
        String declaredName = v.text("name");
        Node patched = MergePatch.apply(c.spec(), patch(v, "variant"));
        String name = c.variantName(declaredName);
        if (point.isEmpty()) {
          out.add(variant(conversion, name, c.parameters(declaredName), patched, baseline,
              " (in variant '" + name + "')"));
          continue;
        }
        String labels = String.join(", ", label);
        String variantName = declared.size() > 1 || c.name().isPresent()
            ? name + ", " + labels : labels;
        // The declared variant's name is a parameter too, so that a report draws one line per
        // declared variant along the swept parameters and sweep.csv names it.
        Map<String, String> params = new HashMap<>(c.parameters(declaredName));
        params.putAll(point);
        params.put(Variant.VARIANT_PARAMETER, declaredName);
        Node swept = patched;
        for (var e : modelValues.entrySet()) {
          swept = setInSpec(swept, e.getKey(), e.getValue());
        }
        out.add(variant(conversion, variantName, params, swept, Optional.empty(),
            " (in variant '" + variantName + "')"));
      }
    }
    return out;
  }

  /**
   * The cases of a policy matrix, each the base spec with its patch; one unnamed case, the base
   * spec itself, when the scenario declares none.
   */
  private List<MatrixCase> cases(ObjectReader spec, MapNode base) {
    List<ObjectReader> declared = spec.objects("cases");
    if (declared.isEmpty()) {
      return List.of(new MatrixCase(Optional.empty(), base));
    }
    Set<String> names = new HashSet<>();
    List<MatrixCase> out = new ArrayList<>();
    for (ObjectReader c : declared) {
      String name = c.text("name");
      if (!names.add(name)) {
        throw new ScenarioException(c.value("name").location(), c.child("name"),
            "duplicate case name '" + name + "'");
      }
      if (c.has("description")) {
        c.text("description");
      }
      out.add(new MatrixCase(Optional.of(name), MergePatch.apply(base, patch(c, "case"))));
    }
    return out;
  }

  /** A case of a policy matrix: its name (none for a plain scenario) and its spec. */
  private record MatrixCase(Optional<String> name, Node spec) {
    String variantName(String declaredVariant) {
      return name.map(n -> declaredVariant + " @ " + n).orElse(declaredVariant);
    }

    Map<String, String> parameters(String declaredVariant) {
      return name.map(n -> Map.of(Variant.CASE_PARAMETER, n,
          Variant.VARIANT_PARAMETER, declaredVariant)).orElse(Map.of());
    }
  }

  private static Variant variant(Conversion conversion, String name, Map<String, String> params,
      Node spec, Optional<String> baseline, String context) {
    try {
      var model = ModelConverter.model(conversion.read(spec, Format.SPEC, "spec"));
      return new Variant(name, params, model, baseline);
    } catch (ScenarioException e) {
      throw e.withContext(context);
    }
  }

  private static Node patch(ObjectReader v, String what) {
    Node patch = v.value("patch");
    if (!(patch instanceof MapNode m)) {
      throw new ScenarioException(patch.location(), v.child("patch"),
          "expected a map (a merge patch of spec), got " + patch.describe());
    }
    for (String key : NOT_PATCHABLE) {
      if (m.keys().contains(key)) {
        throw new ScenarioException(m.keyLocation(key), v.child("patch") + "." + key,
            "a " + what + " cannot change " + key + "; set it in spec");
      }
    }
    return m;
  }

  /** Whether {@code path} lies inside a variant's or a case's patch. */
  private static boolean insidePatch(TreePath path) {
    return path.segments().get(1) instanceof TreePath.Key k
        && (k.name().equals("variants") || k.name().equals("cases"));
  }

  /** {@code spec} with the field at {@code path} (which starts with {@code spec}) set. */
  private static Node setInSpec(Node spec, TreePath path, Node value) {
    Node root = MapNode.empty(spec.location()).with("spec", spec, spec.location());
    return ((MapNode) path.set(root, value)).get("spec").orElseThrow();
  }

  private static List<String> baseNames(ObjectReader spec) {
    return spec.objects("variants").stream().map(v -> v.text("name")).toList();
  }
}
