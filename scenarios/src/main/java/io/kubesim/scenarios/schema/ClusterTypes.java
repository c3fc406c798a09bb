package io.kubesim.scenarios.schema;

import static io.kubesim.scenarios.schema.CommonTypes.DURATION;
import static io.kubesim.scenarios.schema.CommonTypes.distribution;
import static io.kubesim.scenarios.schema.Field.defaulted;
import static io.kubesim.scenarios.schema.Field.optional;
import static io.kubesim.scenarios.schema.Field.required;

import io.kubesim.scenarios.schema.FieldType.Bool;
import io.kubesim.scenarios.schema.FieldType.Choice;
import io.kubesim.scenarios.schema.FieldType.Int;
import io.kubesim.scenarios.schema.FieldType.ListOf;
import io.kubesim.scenarios.schema.FieldType.Num;
import io.kubesim.scenarios.schema.FieldType.Obj;
import io.kubesim.scenarios.schema.FieldType.Text;
import java.util.List;

/** The cluster: nodes, control plane, kubelet, kube-proxy, network. */
public final class ClusterTypes {
  private ClusterTypes() {}

  /** Most nodes a scenario may declare (Kubernetes documents 5,000 as its limit). */
  public static final int MAX_NODES = 10_000;

  /** One explicitly named node. */
  public static final ObjectType NODE = ObjectType.of("Node", "One worker node.",
      required("name", new Text(), "Node name, unique in the cluster."),
      defaulted("zone", new Text(), "a", "Zone (`topology.kubernetes.io/zone`)."),
      defaulted("maxPods", new Int(1, 1_000_000), "110", "Pods the node can hold (kubelet `maxPods`)."));

  /** The set of nodes. */
  public static final ObjectType NODES = ObjectType.of("Nodes",
      "The worker nodes: either `count` generated nodes named `node-1`, `node-2`, … spread over "
          + "`zones` in turn, or an explicit list of `items`.",
      optional("count", new Int(1, MAX_NODES),
          "Number of generated nodes; give this or `items` (3 when neither is given)."),
      defaulted("zones", new ListOf(new Text(), 1000), "[a]",
          "Zones the generated nodes are spread over in turn."),
      defaulted("maxPods", new Int(1, 1_000_000), "110", "Pods a generated node can hold."),
      optional("items", new ListOf(new Obj(NODE), MAX_NODES), "Explicit nodes, instead of `count`."));

  /** Control-plane timing. */
  public static final ObjectType CONTROL_PLANE = ObjectType.of("ControlPlane",
      "Control-plane timing: the node lifecycle controller and endpoint propagation.",
      defaulted("nodeMonitorPeriod", DURATION, "5s",
          "How often the node lifecycle controller checks heartbeats (`--node-monitor-period`); "
              + "at least 1ms."),
      defaulted("nodeMonitorGracePeriod", DURATION, "50s",
          "Heartbeat silence after which a node becomes NotReady (`--node-monitor-grace-period`; "
              + "50s from Kubernetes 1.32, 40s before)."),
      defaulted("tolerationSeconds", new Num(0, CommonTypes.MAX_SECONDS), "300",
          "`not-ready`/`unreachable` toleration: seconds NotReady before the node's pods are "
              + "evicted."),
      distribution("endpointPropagationDelay", "{lognormal: {median: 500ms, p99: 2s}}",
          "Delay from a readiness change at the API server until one node's kube-proxy has it "
              + "(drawn per node; Kubernetes publishes no official number)."),
      distribution("schedulingDelay", "100ms", "Delay from a pod's creation to its binding."),
      defaulted("nodeEvictionRate", new Num(0, 1_000_000), "0.1",
          "NotReady nodes tainted for eviction per second in a zone (`--node-eviction-rate`; "
              + "token bucket, burst 1)."),
      defaulted("secondaryNodeEvictionRate", new Num(0, 1_000_000), "0.01",
          "The same in a partially disrupted zone of more than `largeClusterSizeThreshold` "
              + "nodes (`--secondary-node-eviction-rate`)."),
      defaulted("unhealthyZoneThreshold", new Num(0, 1), "0.55",
          "Share of NotReady nodes (more than 2 of them) from which a zone is partially "
              + "disrupted (`--unhealthy-zone-threshold`)."),
      defaulted("largeClusterSizeThreshold", new Int(0, 1_000_000), "50",
          "A partially disrupted zone of at most this many nodes taints nothing "
              + "(`--large-cluster-size-threshold`)."));

  /** CrashLoopBackOff timing. */
  public static final ObjectType CRASH_LOOP = ObjectType.of("CrashLoopBackOff",
      "Container restart back-off.",
      defaulted("initialDelay", DURATION, "10s",
          "Back-off before the second restart in a row (the first is immediate), doubled per "
              + "further restart."),
      defaulted("maxContainerRestartPeriod", DURATION, "300s", "Back-off cap."),
      defaulted("resetAfter", DURATION, "10m",
          "An exit more than this after the last restart resets the back-off: the container "
              + "restarts at once (the kubelet uses 2 × `maxContainerRestartPeriod`)."));

  /** Kubelet settings. */
  public static final ObjectType KUBELET = ObjectType.of("Kubelet", "Kubelet settings of every node.",
      defaulted("nodeStatusUpdateFrequency", DURATION, "10s",
          "How often the kubelet renews its lease / posts status: its heartbeat."),
      defaulted("crashLoopBackOff", new Obj(CRASH_LOOP), "{}", "Restart back-off."));

  /** IPVS settings. */
  public static final ObjectType IPVS = ObjectType.of("Ipvs", "IPVS settings of kube-proxy.",
      defaulted("scheduler", new Choice(List.of("rr", "lc")), "rr",
          "Round robin or least connections."));

  /** kube-proxy settings. */
  public static final ObjectType KUBE_PROXY = ObjectType.of("KubeProxy",
      "kube-proxy settings of every node.",
      defaulted("mode", new Choice(List.of("iptables", "nftables", "ipvs")), "iptables",
          "Load-balancing mode. iptables and nftables pick a random ready endpoint per "
              + "connection; ipvs uses `ipvs.scheduler`."),
      defaulted("ipvs", new Obj(IPVS), "{}", "IPVS settings, for `mode: ipvs`."),
      defaulted("minSyncPeriod", DURATION, "1s",
          "Once the burst is spent, a changed endpoint view is applied no sooner than this after "
              + "the last sync completed."),
      defaulted("syncBurst", new Int(1, 100), "2",
          "Syncs that may run back to back before `minSyncPeriod` applies (kube-proxy's "
              + "`burstSyncs`: a token bucket refilled once per `minSyncPeriod`)."),
      defaulted("syncDuration", DURATION, "0s",
          "Time from a sync reading the endpoints to its rules taking effect. 0 models a small "
              + "cluster; at 5,000 nodes KEP-3453 measured network programming latency p50 of "
              + "about 5 s with `minSyncPeriod: 1s`."));

  /** The network. */
  public static final ObjectType NETWORK = ObjectType.of("Network", "The network between hosts.",
      distribution("latency", "{lognormal: {median: 250us, p99: 2ms}}", "One-way latency of one hop."),
      defaulted("loss", new Num(0, 0.99), "0", "Probability that one packet is lost."),
      defaulted("tcpSynRetries", new Int(0, 20), "6",
          "`net.ipv4.tcp_syn_retries`: SYN retransmissions before connect gives up (~127s)."),
      defaulted("synInitialRto", DURATION, "1s", "First SYN retransmission timeout, doubled per retry."),
      defaulted("tcpRtoMin", DURATION, "200ms",
          "`tcp_rto_min`: smallest retransmission timeout of a data segment; the first RTO is "
              + "RTT + max(2·RTT, tcpRtoMin)."),
      defaulted("tcpRtoMax", DURATION, "120s",
          "`tcp_rto_max`: the retransmission timeout doubles per retransmission up to this."),
      defaulted("tcpRetries2", new Int(1, 50), "15",
          "`net.ipv4.tcp_retries2`: a connection whose segment stays unacknowledged this many "
              + "retransmissions (as a time: ~924.6s with the defaults) is abandoned."));

  /** Peer-reachability node agents and their controller. */
  public static final ObjectType PEER_REACHABILITY = ObjectType.of("PeerReachability",
      "A node agent on every node probes every peer (a node-problem-detector custom plugin); a "
          + "controller judges a node unreachable when `quorum` of its peers report it so, and "
          + "acts on it (a remediation controller such as Medik8s NodeHealthCheck). None when "
          + "absent.",
      defaulted("period", DURATION, "10s", "Time between two probe rounds of one agent; at least 1ms."),
      defaulted("timeout", DURATION, "1s", "A peer must answer within this; less than `period`."),
      defaulted("failureThreshold", new Int(1, 1000), "3",
          "Consecutive failed probes before an agent reports a peer unreachable."),
      defaulted("successThreshold", new Int(1, 1000), "1",
          "Consecutive answered probes before it reports the peer reachable again."),
      defaulted("quorum", new Num(0.001, 1), "0.5",
          "Share of a node's peers that must report it unreachable (its own report is no vote)."),
      defaulted("minHealthy", new Num(0, 1), "0.51",
          "The controller acts on one more node only while this share of all nodes stays judged "
              + "reachable (NodeHealthCheck's `minHealthy`)."),
      defaulted("action", new Choice(List.of("markUnready", "taint")), "markUnready",
          "`markUnready`: a readiness gate makes the node's pods unready (they leave the "
              + "endpoints, nothing moves); `taint`: a NoExecute taint evicts the node's pods and "
              + "client pods to other nodes. Undone when the node is judged reachable again."));

  /** Cluster DNS. */
  public static final ObjectType DNS = ObjectType.of("Dns",
      "Cluster DNS: CoreDNS as the deployment `coredns` (spread, an HTTP readiness probe) behind "
          + "the `kube-dns` cluster IP; in-cluster clients resolve the service's name over UDP "
          + "before each new connection. Off unless this object is given.",
      defaulted("replicas", new Int(1, 1000), "2", "CoreDNS replicas."),
      defaulted("timeout", DURATION, "5s",
          "resolv.conf `options timeout`: wait for an answer before retrying."),
      defaulted("attempts", new Int(1, 5), "2",
          "resolv.conf `options attempts`: queries per lookup before it fails (`dnsFailure`)."),
      defaulted("retrySameSocket", new Bool(), "true",
          "Whether a retry reuses the lookup's UDP socket, so conntrack sends it to the same "
              + "CoreDNS pod (glibc); `false`: a fresh kube-proxy pick per try."),
      defaulted("clientCacheTtl", DURATION, "0",
          "How long a client (per node) keeps an answer; 0: no cache (glibc caches nothing)."),
      defaulted("nodeLocalCache", new Bool(), "false",
          "NodeLocal DNSCache: an agent on every node answers while its copy is fresh and "
              + "resolves misses like a client."),
      defaulted("recordTtl", DURATION, "30s",
          "TTL of CoreDNS' answers for services (kubeadm's Corefile `ttl 30`; the kubernetes "
              + "plugin's own default is 5s), kept by NodeLocal DNSCache."),
      distribution("queryTime", "200us", "CoreDNS' time to answer one query."));

  /** The cluster. */
  public static final ObjectType CLUSTER = ObjectType.of("Cluster",
      "Nodes and the cluster-wide settings of Kubernetes' components.",
      defaulted("nodes", new Obj(NODES), "{count: 3}", "The worker nodes."),
      defaulted("controlPlane", new Obj(CONTROL_PLANE), "{}", "Control-plane timing."),
      defaulted("kubelet", new Obj(KUBELET), "{}", "Kubelet settings."),
      defaulted("kubeProxy", new Obj(KUBE_PROXY), "{}", "kube-proxy settings."),
      defaulted("network", new Obj(NETWORK), "{}", "Network latency, loss and TCP settings."),
      optional("peerReachability", new Obj(PEER_REACHABILITY),
          "Peer-reachability node agents (`{}` for the defaults); none when absent."),
      optional("dns", new Obj(DNS),
          "Cluster DNS (CoreDNS behind kube-dns). None when absent: clients connect without a "
              + "lookup."));
}
