package io.kubesim.scenarios.spec;

import io.kubesim.scenarios.yaml.ScalarNode;
import io.kubesim.scenarios.yaml.ScenarioException;
import io.kubesim.traffic.Arrivals;
import io.kubesim.traffic.ClientConfig;
import io.kubesim.traffic.ConnectionConfig;
import io.kubesim.traffic.RateProfile;
import io.kubesim.traffic.RetryConfig;
import java.util.ArrayList;
import java.util.List;

/** Converts clients: placement, arrivals, timeouts, retries, connections. */
final class TrafficConverter {
  private TrafficConverter() {}

  static ClientConfig client(ObjectReader r, References refs) {
    String name = r.text("name");
    String service = r.text("service");
    refs.requireService(r, "service", service);
    ObjectReader from = r.object("from");
    boolean external = from.bool("external");
    List<String> nodes = nodeSet(from, "nodes", refs);
    if (external && from.has("nodes")) {
      throw new ScenarioException(from.node().keyLocation("nodes"), from.child("nodes"),
          "an external client does not run on nodes; remove nodes or external");
    }
    double healthCheck = from.seconds("loadBalancerHealthCheckInterval");
    Arrivals arrivals = arrivals(r.object("arrivals"));
    double connectTimeout = r.seconds("connectTimeout");
    double requestTimeout = r.seconds("requestTimeout");
    RetryConfig retries = retries(r.object("retries"));
    ConnectionConfig connections = connections(r.object("connections"));
    return Conversion.build(r.node(), r.path(), () -> new ClientConfig(name, service, external,
        nodes, arrivals, connections, retries, connectTimeout, requestTimeout, healthCheck));
  }

  /** A set of nodes: {@code all} (the empty list) or names, which must exist. */
  static List<String> nodeSet(ObjectReader r, String field, References refs) {
    if (r.value(field) instanceof ScalarNode s) {
      Values.choice(s, new io.kubesim.scenarios.schema.FieldType.Choice(List.of("all")),
          r.child(field));
      return List.of();
    }
    List<String> names = r.texts(field);
    refs.requireNodes(r, field, names);
    if (names.isEmpty()) {
      throw new ScenarioException(r.value(field).location(), r.child(field),
          "expected all or at least one node name, got an empty list");
    }
    return names;
  }

  private static Arrivals arrivals(ObjectReader r) {
    if (r.has("rate")) {
      double rate = r.rate("rate");
      return new Arrivals.Poisson(new RateProfile.Constant(rate));
    }
    if (r.has("steps")) {
      List<RateProfile.Step> steps = new ArrayList<>();
      for (ObjectReader s : r.objects("steps")) {
        double at = s.seconds("at");
        double rate = s.rate("rate");
        steps.add(Conversion.build(s.node(), s.path(), () -> new RateProfile.Step(at, rate)));
      }
      return new Arrivals.Poisson(Conversion.build(r.node(), r.child("steps"),
          () -> new RateProfile.Steps(0, steps)));
    }
    if (r.has("ramp")) {
      ObjectReader p = r.object("ramp");
      double from = p.rate("from");
      double to = p.rate("to");
      double start = p.seconds("start");
      double end = p.seconds("end");
      return new Arrivals.Poisson(Conversion.build(p.node(), p.path(),
          () -> new RateProfile.Ramp(from, to, start, end)));
    }
    if (r.has("diurnal")) {
      ObjectReader p = r.object("diurnal");
      double mean = p.rate("mean");
      double amplitude = p.rate("amplitude");
      double period = p.seconds("period");
      return new Arrivals.Poisson(Conversion.build(p.node(), p.path(),
          () -> new RateProfile.Diurnal(mean, amplitude, period)));
    }
    r.has("closedLoop");
    ObjectReader c = r.object("closedLoop");
    int users = c.integer32("users");
    var think = c.distribution("thinkTime");
    return Conversion.build(c.node(), c.path(), () -> new Arrivals.ClosedLoop(users, think));
  }

  private static RetryConfig retries(ObjectReader r) {
    int max = r.integer32("max");
    double backoff = r.seconds("backoff");
    double multiplier = r.number("backoffMultiplier");
    boolean newConnection = r.bool("newConnection");
    return Conversion.build(r.node(), r.path(),
        () -> new RetryConfig(max, backoff, multiplier, newConnection));
  }

  private static ConnectionConfig connections(ObjectReader r) {
    boolean keepAlive = r.bool("keepAlive");
    int maxIdle = r.integer32("maxIdlePerNode");
    double idle = r.seconds("idleTimeout");
    return Conversion.build(r.node(), r.path(), () -> new ConnectionConfig(keepAlive, maxIdle, idle));
  }
}
