package io.kubesim.scenarios.schema;

import static io.kubesim.scenarios.schema.Field.defaulted;
import static io.kubesim.scenarios.schema.Field.required;

import io.kubesim.scenarios.schema.FieldType.Duration;
import io.kubesim.scenarios.schema.FieldType.Either;
import io.kubesim.scenarios.schema.FieldType.Obj;
import io.kubesim.scenarios.schema.FieldType.Rate;

/** Value types used throughout the format: durations, rates, distributions. */
public final class CommonTypes {
  private CommonTypes() {}

  /** Thirty days: the longest duration accepted anywhere. */
  public static final double MAX_SECONDS = 30 * 86_400;

  /** A duration up to {@link #MAX_SECONDS}. */
  public static final Duration DURATION = new Duration(MAX_SECONDS, false);

  /** A duration or {@code forever}. */
  public static final Duration DURATION_OR_FOREVER = new Duration(MAX_SECONDS, true);

  /** A request rate up to 10 million per second. */
  public static final Rate RATE = new Rate(1e7);

  /** Exponential distribution. */
  public static final ObjectType EXPONENTIAL = ObjectType.of("Exponential",
      "Exponentially distributed durations.",
      required("mean", DURATION, "The mean."));

  /** Log-normal distribution. */
  public static final ObjectType LOGNORMAL = ObjectType.of("LogNormal",
      "Log-normally distributed durations, given the way latencies are usually described.",
      required("median", DURATION, "The median (50th percentile)."),
      required("p99", DURATION, "The 99th percentile; must exceed the median."));

  /** Uniform distribution. */
  public static final ObjectType UNIFORM = ObjectType.of("Uniform",
      "Durations uniformly distributed between two bounds.",
      required("min", DURATION, "The lower bound."),
      required("max", DURATION, "The upper bound; at least `min`."));

  /** A distribution object: exactly one form. */
  public static final ObjectType DISTRIBUTION_FORMS = ObjectType.oneOf("Distribution",
      "A random duration. Write exactly one form, e.g. `{exponential: {mean: 20ms}}`; a bare "
          + "duration such as `5ms` is short for `{constant: 5ms}`.",
      required("constant", DURATION, "Always this value."),
      required("exponential", new Obj(EXPONENTIAL), "Exponential with a mean."),
      required("lognormal", new Obj(LOGNORMAL), "Log-normal from median and p99."),
      required("uniform", new Obj(UNIFORM), "Uniform between min and max."));

  /** A distribution, or a duration meaning a constant. */
  public static final Either DISTRIBUTION = new Either(DURATION, new Obj(DISTRIBUTION_FORMS));

  /** A field holding a distribution with a default. */
  static Field distribution(String name, String defaultText, String doc) {
    return defaulted(name, DISTRIBUTION, defaultText, doc);
  }
}
