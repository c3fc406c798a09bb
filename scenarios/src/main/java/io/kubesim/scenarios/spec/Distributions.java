package io.kubesim.scenarios.spec;

import io.kubesim.dist.Distribution;

/** Reads the distribution forms: constant, exponential, lognormal, uniform. */
final class Distributions {
  private Distributions() {}

  static Distribution read(ObjectReader forms) {
    if (forms.has("constant")) {
      double v = forms.seconds("constant");
      return Conversion.build(forms.node(), forms.path(), () -> new Distribution.Constant(v));
    }
    if (forms.has("exponential")) {
      ObjectReader r = forms.object("exponential");
      double mean = r.seconds("mean");
      return Conversion.build(r.node(), r.path(), () -> new Distribution.Exponential(mean));
    }
    if (forms.has("lognormal")) {
      ObjectReader r = forms.object("lognormal");
      double median = r.seconds("median");
      double p99 = r.seconds("p99");
      return Conversion.build(r.node(), r.path(), () -> new Distribution.LogNormal(median, p99));
    }
    forms.has("uniform");
    ObjectReader r = forms.object("uniform");
    double min = r.seconds("min");
    double max = r.seconds("max");
    return Conversion.build(r.node(), r.path(), () -> new Distribution.Uniform(min, max));
  }
}
