package io.kubesim.scenarios.schema;

import static io.kubesim.scenarios.schema.CommonTypes.DURATION;
import static io.kubesim.scenarios.schema.CommonTypes.distribution;
import static io.kubesim.scenarios.schema.Field.defaulted;
import static io.kubesim.scenarios.schema.Field.optional;
import static io.kubesim.scenarios.schema.Field.required;

import io.kubesim.scenarios.schema.FieldType.Choice;
import io.kubesim.scenarios.schema.FieldType.Either;
import io.kubesim.scenarios.schema.FieldType.Int;
import io.kubesim.scenarios.schema.FieldType.IntOrPercent;
import io.kubesim.scenarios.schema.FieldType.ListOf;
import io.kubesim.scenarios.schema.FieldType.MapOf;
import io.kubesim.scenarios.schema.FieldType.Num;
import io.kubesim.scenarios.schema.FieldType.Obj;
import io.kubesim.scenarios.schema.FieldType.Text;
import java.util.List;

/** Workloads: deployments, their pod template, probes, and services. */
public final class WorkloadTypes {
  private WorkloadTypes() {}

  /** Most pods of one deployment (Kubernetes documents 150,000 pods per cluster). */
  public static final int MAX_REPLICAS = 200_000;

  /** The request-serving model of a pod. */
  public static final ObjectType SERVER = ObjectType.of("Server",
      "A pod's server as a queueing station: `concurrency` workers and a bounded FIFO queue (a "
          + "request that finds it full gets 503 at once).",
      defaulted("concurrency", new Int(1, 100_000), "1", "Parallel workers."),
      required("serviceTime", CommonTypes.DISTRIBUTION, "Service time of one request."),
      defaulted("queueCapacity", new Int(0, 10_000_000), "100",
          "Requests that may wait beyond those in service."),
      distribution("probeServiceTime", "1ms", "Time to answer a health-check request."),
      defaulted("probeHandling", new Choice(List.of("shared", "dedicated")), "shared",
          "Who answers the kubelet's HTTP probes: `shared`, the request workers in FIFO order "
              + "with requests (a saturated pod fails its probes); `dedicated`, a handler of "
              + "their own (separate port or thread) that answers at once, taking no worker."));

  /** A kubelet probe. */
  public static final ObjectType PROBE = ObjectType.of("Probe",
      "A kubelet probe, with Kubernetes' field names and defaults. `policy` says what the probe "
          + "checks once the pod answered within `timeoutSeconds`.",
      defaulted("policy", new Choice(List.of("http", "throughput")), "http",
          "`http`: passes whenever the process answers. `throughput`: fails when the pod served "
              + "fewer than `minRequests` requests since the previous probe."),
      defaulted("minRequests", new Int(0, Integer.MAX_VALUE), "1",
          "`throughput` only: requests the pod must have served since the previous probe."),
      defaulted("readmission",
          new Choice(List.of("none", "after", "whileInEndpoints", "backoff")), "none",
          "`throughput` only: how an unready pod (which gets no traffic) passes again. `none`: "
              + "never; `after`: once it has been unready for `readmitAfter`; "
              + "`whileInEndpoints`: only intervals spent in the endpoints count; `backoff`: "
              + "after a delay from `backoffInitial` doubling on each re-failure up to "
              + "`backoffMax`, starting over after `backoffReset` ready."),
      defaulted("readmitAfter", DURATION, "30s", "`throughput` with `readmission: after` only."),
      defaulted("backoffInitial", DURATION, "10s",
          "`throughput` with `readmission: backoff` only: the first re-admission delay."),
      defaulted("backoffMax", DURATION, "5m",
          "`readmission: backoff` only: the largest re-admission delay."),
      defaulted("backoffReset", DURATION, "10m",
          "`readmission: backoff` only: time ready without failing after which the delay "
              + "starts again from `backoffInitial`."),
      defaulted("initialDelaySeconds", new Num(0, CommonTypes.MAX_SECONDS), "0",
          "Delay after container start before the first probe."),
      defaulted("periodSeconds", new Num(0.001, CommonTypes.MAX_SECONDS), "10", "Probe period."),
      defaulted("timeoutSeconds", new Num(0.001, CommonTypes.MAX_SECONDS), "1",
          "The pod must answer within this."),
      defaulted("successThreshold", new Int(1, 1000), "1",
          "Consecutive successes to pass (must be 1 for liveness and startup probes)."),
      defaulted("failureThreshold", new Int(1, 1000), "3", "Consecutive failures to fail."));

  /** A warm in-process cache. */
  public static final ObjectType WARM_CACHE = ObjectType.of("WarmCache",
      "An in-process cache that a container restart empties: a cold container serves "
          + "`coldSlowdown` times slower, improving linearly to normal over `warmup`.",
      required("coldSlowdown", new Num(1, 1e6), "Service-time multiplier right after a start."),
      required("warmup", DURATION, "Running time until the cache is warm."));

  /** The pod template. */
  public static final ObjectType TEMPLATE = ObjectType.of("PodTemplate",
      "The pods of a deployment.",
      required("server", new Obj(SERVER), "How the pod serves requests."),
      distribution("startupTime", "2s", "Time from scheduling until the container runs."),
      optional("readinessProbe", new Obj(PROBE),
          "Readiness probe. Without one, a running container is ready at once."),
      optional("livenessProbe", new Obj(PROBE),
          "Liveness probe; failing it restarts the container. None when absent."),
      optional("startupProbe", new Obj(PROBE),
          "Startup probe; holds the other probes back until it passes. None when absent."),
      defaulted("terminationGracePeriodSeconds", new Num(0, CommonTypes.MAX_SECONDS), "30",
          "Time a terminating pod may take to finish."),
      defaulted("preStopSleepSeconds", new Num(0, CommonTypes.MAX_SECONDS), "0",
          "A `preStop` sleep: time after deletion before SIGTERM, during which the pod serves "
              + "and accepts connections as before (within the grace period)."),
      defaulted("sigterm", new Choice(List.of("drain", "keepServing", "exit")), "drain",
          "What the process does on SIGTERM: `drain` closes its listener (new connections are "
              + "refused), finishes the requests in hand and exits when idle; `keepServing` "
              + "ignores it and serves until SIGKILL at the end of the grace period; `exit` "
              + "exits at once (requests in hand are reset)."),
      optional("warmCache", new Obj(WARM_CACHE), "An in-process cache; none when absent."));

  /** Explicit placement. */
  public static final ObjectType PLACEMENT = ObjectType.of("Placement",
      "Explicit placement: pods go to the listed nodes in turn.",
      required("nodes", new ListOf(new Text(), ClusterTypes.MAX_NODES), "Node names."));

  /** Rolling-update parameters. */
  public static final ObjectType ROLLING_UPDATE = ObjectType.of("RollingUpdate",
      "Rolling-update parameters, as counts or percentages of `replicas`.",
      defaulted("maxSurge", new IntOrPercent(), "25%",
          "Pods above `replicas` during an update (percentages round up)."),
      defaulted("maxUnavailable", new IntOrPercent(), "25%",
          "Pods below `replicas` during an update (percentages round down)."));

  /** Deployment strategy. */
  public static final ObjectType STRATEGY = ObjectType.of("Strategy", "How pods are replaced.",
      defaulted("rollingUpdate", new Obj(ROLLING_UPDATE), "{}", "Rolling-update parameters."));

  /** A deployment. */
  public static final ObjectType DEPLOYMENT = ObjectType.of("Deployment",
      "A deployment: `replicas` identical pods.",
      required("name", new Text(), "Deployment name, unique in the scenario."),
      defaulted("replicas", new Int(0, MAX_REPLICAS), "1", "Desired pods."),
      optional("labels", new MapOf(new Text(), 100),
          "Labels of its pods, which services select on. Default `{app: <name>}`."),
      defaulted("placement",
          new Either(new Choice(List.of("spread", "pack")), new Obj(PLACEMENT)), "spread",
          "`spread`: the node with the fewest of its pods; `pack`: the first node with room; or "
              + "`{nodes: [...]}`."),
      defaulted("strategy", new Obj(STRATEGY), "{}", "Rolling-update parameters."),
      required("template", new Obj(TEMPLATE), "The pod template."));

  /** ClientIP affinity settings. */
  public static final ObjectType CLIENT_IP = ObjectType.of("ClientIPConfig",
      "ClientIP session affinity settings.",
      defaulted("timeoutSeconds", new Num(1, 86_400), "10800", "Stickiness timeout."));

  /** Session affinity settings. */
  public static final ObjectType AFFINITY_CONFIG = ObjectType.of("SessionAffinityConfig",
      "Session affinity settings.",
      defaulted("clientIP", new Obj(CLIENT_IP), "{}", "ClientIP settings."));

  /** A service. */
  public static final ObjectType SERVICE = ObjectType.of("Service",
      "A Kubernetes service: one cluster IP load-balanced by kube-proxy, or headless.",
      required("name", new Text(), "Service name, unique in the scenario."),
      required("selector", new MapOf(new Text(), 100), "Pod labels it selects."),
      optional("clusterIP", new Choice(List.of("None")),
          "`None` makes the service headless: DNS returns every ready pod IP and the client "
              + "picks one (`dnsChoice`). A cluster IP when absent."),
      defaulted("dnsChoice", new Choice(List.of("first", "random", "roundRobin")), "first",
          "Headless only: which DNS answer clients use (most take the first)."),
      defaulted("dnsTtl", DURATION, "5s", "Headless only: how long clients cache the answer."),
      defaulted("sessionAffinity", new Choice(List.of("None", "ClientIP")), "None",
          "`ClientIP`: the connections of one client pod (its source IP) stick to one endpoint; "
              + "every client pod has its own entry (external clients: one per node they enter)."),
      defaulted("sessionAffinityConfig", new Obj(AFFINITY_CONFIG), "{}", "Affinity settings."),
      defaulted("externalTrafficPolicy", new Choice(List.of("Cluster", "Local")), "Cluster",
          "For external clients: `Cluster` (any node forwards, possibly a second hop) or `Local` "
              + "(only nodes with a local endpoint take traffic)."),
      optional("trafficDistribution",
          new Choice(List.of("PreferClose", "PreferSameZone", "PreferSameNode")),
          "Cluster IP only: kube-proxy prefers endpoints close to the client (KEP-4444, "
              + "KEP-3015). `PreferClose` / `PreferSameZone`: the client node's zone when it has "
              + "a ready endpoint; `PreferSameNode`: the client's node, else its zone; otherwise "
              + "every ready endpoint. No preference when absent."),
      defaulted("internalTrafficPolicy", new Choice(List.of("Cluster", "Local")), "Cluster",
          "Cluster IP only, for clients inside the cluster: `Cluster` (any ready endpoint) or "
              + "`Local` (only endpoints on the client's node; with none there the connection "
              + "is dropped and times out)."),
      optional("mesh", new Obj(MeshTypes.MESH),
          "Request-level load balancing by a mesh proxy on every client node, instead of "
              + "kube-proxy. None when absent."));
}
