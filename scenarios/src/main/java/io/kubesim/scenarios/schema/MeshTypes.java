package io.kubesim.scenarios.schema;

import static io.kubesim.scenarios.schema.CommonTypes.DURATION;
import static io.kubesim.scenarios.schema.CommonTypes.distribution;
import static io.kubesim.scenarios.schema.Field.defaulted;
import static io.kubesim.scenarios.schema.Field.optional;
import static io.kubesim.scenarios.schema.Field.required;

import io.kubesim.scenarios.schema.FieldType.Bool;
import io.kubesim.scenarios.schema.FieldType.Choice;
import io.kubesim.scenarios.schema.FieldType.Int;
import io.kubesim.scenarios.schema.FieldType.Num;
import io.kubesim.scenarios.schema.FieldType.Obj;
import io.kubesim.scenarios.schema.FieldType.Text;
import java.util.List;

/** Request-level load balancing by a service mesh's client proxies. */
public final class MeshTypes {
  private MeshTypes() {}

  private static final Int PERCENT = new Int(0, 100);
  private static final Int COUNT = new Int(0, 1_000_000);

  /** Envoy's success-rate outlier detector. */
  public static final ObjectType SUCCESS_RATE = ObjectType.of("SuccessRateEjection",
      "Envoy's success-rate detector: at each interval, hosts whose success rate in the interval "
          + "that ended is below mean − `stdevFactor` × stdev (over hosts with `requestVolume` "
          + "requests, when there are `minimumHosts` of them).",
      defaulted("minimumHosts", COUNT, "5", "Hosts with enough requests needed."),
      defaulted("requestVolume", new Int(0, 1_000_000_000), "100",
          "Requests a host needs in the interval to count."),
      defaulted("stdevFactor", new Num(0, 1000), "1.9", "Standard deviations below the mean "
          + "(Envoy's `success_rate_stdev_factor` / 1000)."),
      optional("enforcing", PERCENT, "% of detections acted on: `envoy` 0 (Istio forces it; "
          + "Envoy's own default is 100), `grpc` 100 (A50)."));

  /** Envoy's failure-percentage outlier detector. */
  public static final ObjectType FAILURE_PERCENTAGE = ObjectType.of("FailurePercentageEjection",
      "Envoy's failure-percentage detector: at each interval, hosts whose failure percentage in "
          + "the interval that ended is at least `threshold` (over hosts with `requestVolume` "
          + "requests, when there are `minimumHosts` of them).",
      defaulted("threshold", PERCENT, "85", "Failure % that ejects."),
      defaulted("minimumHosts", COUNT, "5", "Hosts with enough requests needed."),
      defaulted("requestVolume", new Int(0, 1_000_000_000), "50",
          "Requests a host needs in the interval to count."),
      optional("enforcing", PERCENT, "% of detections acted on: `envoy` 0, `grpc` 100 (A50)."));

  /** An Istio DestinationRule's outlier detection as Envoy runs it, or gRPC's A50. */
  public static final ObjectType OUTLIER_DETECTION = ObjectType.of("OutlierDetection",
      "`envoy`: outlier detection of an Istio DestinationRule, with Istio's field names where it "
          + "has them and Envoy's defaults as Istio sets them. Without "
          + "`splitExternalLocalOriginErrors`, connect failures and resets count as 503 and "
          + "connect timeouts as 504 (5xx and gateway errors alike); a request the application "
          + "gives up on first is not counted. `grpc`: gRFC A50, which has only `interval`, "
          + "`baseEjectionTime`, `maxEjectionTime`, `maxEjectionPercent`, `successRate` and "
          + "`failurePercentage`; every failed call counts, a deadline exceeded included.",
      defaulted("consecutive5xxErrors", COUNT, "5",
          "Consecutive 5xx that eject a host; 0 turns the detector off."),
      optional("consecutiveGatewayErrors", COUNT, "Consecutive 502/503/504 that eject a host. "
          + "When absent Envoy counts 5 but does not act (enforcement 0)."),
      defaulted("splitExternalLocalOriginErrors", new Bool(), "false",
          "Count connect failures, timeouts and resets apart, as local-origin failures."),
      defaulted("consecutiveLocalOriginFailures", COUNT, "5",
          "With the split: consecutive local-origin failures that eject a host."),
      defaulted("interval", DURATION, "10s", "Time between ejection sweeps; at least 1ms."),
      defaulted("baseEjectionTime", DURATION, "30s",
          "Ejection time per ejection: the n-th ejection in a row lasts n × this."),
      defaulted("maxEjectionTime", DURATION, "300s", "Longest ejection."),
      defaulted("maxEjectionTimeJitter", DURATION, "0s", "Random extra ejection time, up to this."),
      defaulted("maxEjectionPercent", PERCENT, "10", "Most hosts ejected at once, % of all "
          + "(Envoy ≥ 1.28: an ejection needs 100·(ejected+1)/hosts ≤ this, so with fewer than 10 "
          + "hosts nobody is ejected)."),
      defaulted("alwaysEjectOneHost", new Bool(), "false",
          "Eject one host whatever `maxEjectionPercent` (Envoy 1.31)."),
      defaulted("minHealthPercent", PERCENT, "0", "Panic threshold: below this % of non-ejected "
          + "hosts the sidecar balances over all hosts (Istio's default 0 turns it off; Envoy's "
          + "own default is 50)."),
      defaulted("successRate", new Obj(SUCCESS_RATE), "{}", "Success-rate detector."),
      defaulted("failurePercentage", new Obj(FAILURE_PERCENTAGE), "{}",
          "Failure-percentage detector."));

  /** A mesh proxy's retries. */
  public static final ObjectType RETRIES = ObjectType.of("MeshRetries",
      "The proxy's retries (Istio's default retry policy). A retry goes through the balancer "
          + "again, avoiding hosts already tried; retries share the application's deadline.",
      defaulted("attempts", new Int(0, 100), "2", "Retries after the first try."),
      defaulted("retryOn", new Text(),
          "connect-failure,refused-stream,unavailable,cancelled,retriable-status-codes",
          "Envoy `retry_on` conditions, comma-separated: `connect-failure`, `refused-stream`, "
              + "`unavailable`, `cancelled`, `retriable-status-codes` (503), `reset`, `5xx`, "
              + "`gateway-error`."),
      defaulted("baseInterval", DURATION, "25ms",
          "Back-off: retry k waits uniform in [0, min(base·2^(k−1), 10·base))."));

  /** Linkerd's failure accrual. */
  public static final ObjectType FAILURE_ACCRUAL = ObjectType.of("FailureAccrual",
      "Linkerd's consecutive-failure accrual (the `balancer.linkerd.io/failure-accrual: "
          + "consecutive` annotations): after `maxFailures` consecutive failures an endpoint gets "
          + "no requests for a penalty (`minPenalty` doubling per failed probe up to "
          + "`maxPenalty`, plus up to `jitterRatio` × it), then one probe request decides.",
      defaulted("maxFailures", new Int(1, 1_000_000), "7", "Consecutive failures that trip it."),
      defaulted("minPenalty", DURATION, "1s", "First penalty."),
      defaulted("maxPenalty", DURATION, "60s", "Longest penalty."),
      defaulted("jitterRatio", new Num(0, 100), "0.5", "Random extra penalty, share of it."));

  /** gRPC's subchannel reconnect back-off. */
  public static final ObjectType RECONNECT = ObjectType.of("ReconnectBackoff",
      "gRPC's reconnect back-off after a subchannel's connection fails "
          + "(`doc/connection-backoff.md`): the subchannel takes no calls for "
          + "min(initial × multiplier^(k−1), max) ± jitter after its k-th failure in a row.",
      defaulted("initialBackoff", DURATION, "1s", "First back-off."),
      defaulted("multiplier", new Num(1, 100), "1.6", "Growth per failure."),
      defaulted("jitter", new Num(0, 1), "0.2", "Relative jitter, uniform ±."),
      defaulted("maxBackoff", DURATION, "120s", "Longest back-off."));

  /** The mesh control plane's endpoint push. */
  public static final ObjectType CONTROL_PLANE = ObjectType.of("MeshControlPlane",
      "The mesh control plane (istiod) pushing endpoints to the proxies: it watches "
          + "EndpointSlices (with `controlPlane.endpointPropagationDelay`), debounces, and pushes "
          + "to every proxy it can reach.",
      optional("debounceAfter", DURATION, "Quiet time before a push: `envoy` and `grpc` 100ms "
          + "(istiod `PILOT_DEBOUNCE_AFTER`), `linkerd` 0 (no debounce)."),
      optional("debounceMax", DURATION, "Longest a burst delays a push: `envoy` and `grpc` 10s "
          + "(istiod `PILOT_DEBOUNCE_MAX`), `linkerd` 0."),
      distribution("pushDelay", "{lognormal: {median: 50ms, p99: 500ms}}",
          "From the push until one proxy applies it (an assumption for a small cluster)."));

  /** A service's mesh. */
  public static final ObjectType MESH = ObjectType.of("Mesh",
      "Request-level load balancing: a client proxy on every node picks the endpoint of each "
          + "request itself (instead of kube-proxy), from the endpoints its control plane pushes, "
          + "and ejects endpoints it sees fail. `envoy`: an Istio sidecar; `linkerd`: a Linkerd "
          + "proxy; `grpc`: a proxyless gRPC client channel.",
      required("kind", new Choice(List.of("envoy", "linkerd", "grpc")), "The proxy."),
      optional("lbPolicy", new Choice(List.of(
              "LEAST_REQUEST", "ROUND_ROBIN", "RANDOM", "pick_first", "round_robin")),
          "`envoy`: `LEAST_REQUEST` (Istio's default), `ROUND_ROBIN` or `RANDOM`; `grpc`: "
              + "`pick_first` (default) or `round_robin`."),
      defaulted("choiceCount", new Int(2, 100), "2",
          "`envoy` with `LEAST_REQUEST`: hosts sampled per pick."),
      optional("connectTimeout", DURATION, "The proxy's connect timeout: `envoy` 10s (Istio's "
          + "mesh `connectTimeout`), `linkerd` 1s (outbound connect timeout), `grpc` 20s "
          + "(gRPC's minimum connect timeout)."),
      optional("retries", new Obj(RETRIES), "The proxy's retries: `envoy` Istio's default "
          + "policy; `linkerd` and `grpc` none (they retry only when a route or service config "
          + "says so)."),
      optional("outlierDetection", new Obj(OUTLIER_DETECTION),
          "`envoy`, `grpc`: outlier detection; none when absent."),
      defaulted("ewmaDecay", DURATION, "10s", "`linkerd`: peak-EWMA decay time constant."),
      defaulted("defaultRtt", DURATION, "30ms",
          "`linkerd`: RTT estimate of an endpoint without a response yet."),
      optional("failureAccrual", new Obj(FAILURE_ACCRUAL),
          "`linkerd`: consecutive-failure accrual; none when absent (Linkerd's default)."),
      defaulted("reconnectBackoff", new Obj(RECONNECT), "{}",
          "`grpc`: a failed subchannel's reconnect back-off."),
      defaulted("controlPlane", new Obj(CONTROL_PLANE), "{}", "The endpoint push."));
}
