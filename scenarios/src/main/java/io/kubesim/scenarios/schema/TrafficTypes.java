package io.kubesim.scenarios.schema;

import static io.kubesim.scenarios.schema.CommonTypes.DURATION;
import static io.kubesim.scenarios.schema.CommonTypes.RATE;
import static io.kubesim.scenarios.schema.CommonTypes.distribution;
import static io.kubesim.scenarios.schema.Field.defaulted;
import static io.kubesim.scenarios.schema.Field.required;

import io.kubesim.scenarios.schema.FieldType.Bool;
import io.kubesim.scenarios.schema.FieldType.Choice;
import io.kubesim.scenarios.schema.FieldType.Either;
import io.kubesim.scenarios.schema.FieldType.Int;
import io.kubesim.scenarios.schema.FieldType.ListOf;
import io.kubesim.scenarios.schema.FieldType.Num;
import io.kubesim.scenarios.schema.FieldType.Obj;
import io.kubesim.scenarios.schema.FieldType.Text;
import java.util.List;

/** Clients: where they run, how requests arrive, timeouts, retries, connections. */
public final class TrafficTypes {
  private TrafficTypes() {}

  /** A set of nodes: {@code all} or a list of names. */
  public static final Either NODE_SET =
      new Either(new Choice(List.of("all")), new ListOf(new Text(), ClusterTypes.MAX_NODES));

  /** Where a client runs. */
  public static final ObjectType FROM = ObjectType.of("ClientPlacement",
      "Where a client's requests start: pods on nodes, or outside the cluster through a cloud "
          + "load balancer to a node's NodePort.",
      defaulted("nodes", NODE_SET, "all",
          "In-cluster clients: the nodes they run on; each request starts on one of them. "
              + "Client pods are evicted too: once a node has been NotReady for "
              + "`tolerationSeconds`, its share starts on the other nodes."),
      defaulted("external", new Bool(), "false",
          "Outside the cluster, through a load balancer (see the service's "
              + "`externalTrafficPolicy`)."),
      defaulted("loadBalancerHealthCheckInterval", DURATION, "10s",
          "External only: the load balancer's node health-check period."));

  /** One step of a rate profile. */
  public static final ObjectType STEP = ObjectType.of("Step", "From `at` on, `rate`.",
      required("at", DURATION, "When the step starts."),
      required("rate", RATE, "The rate from then on."));

  /** A linear ramp. */
  public static final ObjectType RAMP = ObjectType.of("Ramp",
      "A linear change of rate between two times.",
      required("from", RATE, "Rate until `start`."),
      required("to", RATE, "Rate from `end` on."),
      defaulted("start", DURATION, "0s", "When the ramp starts."),
      required("end", DURATION, "When the ramp ends; after `start`."));

  /** A diurnal profile. */
  public static final ObjectType DIURNAL = ObjectType.of("Diurnal",
      "A sinusoidal day: `mean + amplitude·sin(2πt/period)`, never below zero.",
      required("mean", RATE, "Mean rate."),
      required("amplitude", RATE, "Amplitude of the swing."),
      defaulted("period", DURATION, "24h", "Length of one cycle."));

  /** Closed-loop users. */
  public static final ObjectType CLOSED_LOOP = ObjectType.of("ClosedLoop",
      "Closed-loop users: each sends a request, waits for its outcome, thinks, and repeats.",
      required("users", new Int(1, 10_000_000), "Number of users."),
      distribution("thinkTime", "1s", "Time between a response and the next request."));

  /** The arrival process. */
  public static final ObjectType ARRIVALS = ObjectType.oneOf("Arrivals",
      "How requests arrive; write exactly one form. The open-loop forms are Poisson processes.",
      required("rate", RATE, "A constant rate, e.g. `600/s`."),
      required("steps", new ListOf(new Obj(STEP), 10_000),
          "A piecewise-constant rate (zero before the first step)."),
      required("ramp", new Obj(RAMP), "A linear ramp."),
      required("diurnal", new Obj(DIURNAL), "A daily cycle."),
      required("closedLoop", new Obj(CLOSED_LOOP), "Closed-loop users."));

  /** Client retries. */
  public static final ObjectType RETRIES = ObjectType.of("Retries",
      "Client retries of a failed request (whatever the cause).",
      defaulted("max", new Int(0, 100), "0", "Retries after the first attempt."),
      defaulted("backoff", DURATION, "100ms", "Wait before the first retry."),
      defaulted("backoffMultiplier", new Num(1, 100), "2", "Factor applied to each further wait."),
      defaulted("newConnection", new Bool(), "true",
          "Whether a retry opens a new connection (kube-proxy picks again) or reuses the failed "
              + "attempt's connection and endpoint. `false` applies only when that connection was "
              + "established: after a connect timeout or refusal there is none, so the retry "
              + "connects anew and kube-proxy picks again."));

  /** Connection reuse. */
  public static final ObjectType CONNECTIONS = ObjectType.of("Connections",
      "How a client uses TCP connections.",
      defaulted("keepAlive", new Bool(), "false",
          "`false`: one connection per request; `true`: a pool of idle connections per client "
              + "node, each staying on the endpoint it was opened to."),
      defaulted("maxIdlePerNode", new Int(0, 1_000_000), "2",
          "Idle connections kept per client node (Go's `MaxIdleConnsPerHost`)."),
      defaulted("idleTimeout", DURATION, "90s", "An idle connection older than this is closed."));

  /** A client population. */
  public static final ObjectType CLIENT = ObjectType.of("Client",
      "A population of clients sending requests to one service.",
      required("name", new Text(), "Client name, unique in the scenario."),
      required("service", new Text(), "The service it calls."),
      defaulted("from", new Obj(FROM), "{}", "Where its requests start."),
      required("arrivals", new Obj(ARRIVALS), "How requests arrive."),
      defaulted("connectTimeout", DURATION, "30s", "Connect timeout (Go's dialer default)."),
      defaulted("requestTimeout", DURATION, "10s",
          "Deadline of one attempt from its start, connect included."),
      defaulted("retries", new Obj(RETRIES), "{}", "Retry policy."),
      defaulted("connections", new Obj(CONNECTIONS), "{}", "Connection reuse."));
}
