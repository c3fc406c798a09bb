package io.kubesim.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile and careless input to the newer mechanisms (TCP retransmission, terminating pods,
 * cluster DNS, throughput back-off, kube-proxy topology, peer reachability, mesh): refused up
 * front with the field named and exit 2 by both {@code validate} and {@code run}, or run.
 */
class FeatureInputTest {
  @TempDir
  Path tmp;

  /** Every newer mechanism on; a day of simulated time, so a refusal that is quick came first. */
  static final String ALL = """
      apiVersion: kubesim.io/v1
      kind: Scenario
      metadata: {name: features}
      spec:
        cluster:
          nodes: {count: 4, zones: [a, b]}
          network: {tcpRtoMin: 200ms, tcpRtoMax: 120s, tcpRetries2: 15}
          peerReachability: {period: 10s, timeout: 1s, action: markUnready}
          dns: {replicas: 2}
        deployments:
          - name: web
            replicas: 4
            template:
              server: {serviceTime: 10ms, concurrency: 4}
              preStopSleepSeconds: 1
              sigterm: drain
              readinessProbe: {policy: throughput, readmission: backoff}
          - name: api
            replicas: 4
            template:
              server: {serviceTime: 10ms, concurrency: 4}
        services:
          - {name: web, selector: {app: web}, trafficDistribution: PreferClose}
          - name: api
            selector: {app: api}
            mesh: {kind: envoy, outlierDetection: {interval: 10s}}
        clients:
          - {name: c, service: web, arrivals: {rate: 50/s}}
          - {name: m, service: api, arrivals: {rate: 50/s}}
        faults:
          - {name: cut, action: partition, at: 5s, duration: 5s, selector: {nodes: [node-1]}}
        experiment: {duration: 1d, replications: 1000}
      """;

  /** Every newer mechanism at once, with three variants (one per mesh kind). */
  static final String EVERY = """
      apiVersion: kubesim.io/v1
      kind: Scenario
      metadata: {name: det}
      spec:
        cluster:
          nodes: {count: 6, zones: [a, b, c]}
          network: {loss: 0.01, tcpRtoMin: 200ms}
          peerReachability: {period: 5s, action: markUnready}
          dns: {replicas: 3, nodeLocalCache: true, clientCacheTtl: 5s}
        deployments:
          - name: web
            replicas: 6
            template:
              server: {serviceTime: {exponential: {mean: 10ms}}, concurrency: 4}
              preStopSleepSeconds: 1
              sigterm: keepServing
              readinessProbe: {policy: throughput, readmission: backoff}
          - name: api
            replicas: 12
            template:
              server: {serviceTime: {exponential: {mean: 10ms}}, concurrency: 4}
        services:
          - {name: web, selector: {app: web}, trafficDistribution: PreferSameNode, internalTrafficPolicy: Local}
          - name: api
            selector: {app: api}
            mesh: {kind: envoy, connectTimeout: 500ms, outlierDetection: {interval: 5s, maxEjectionPercent: 50}}
        clients:
          - {name: c, service: web, arrivals: {rate: 50/s}, requestTimeout: 2s}
          - {name: m, service: api, arrivals: {rate: 100/s}, requestTimeout: 2s}
        faults:
          - {name: cut, action: partition, at: 20s, duration: 20s, selector: {nodes: [node-2]}}
          - {name: kill, action: pod-kill, at: 30s, pods: {deployment: web, ordinals: [0, 1]}}
        variants:
          - {name: envoy}
          - name: linkerd
            patch: {services: [{name: api, mesh: {kind: linkerd, outlierDetection: null, failureAccrual: {}}}], cluster: {peerReachability: {action: taint}}}
          - name: grpc
            patch: {services: [{name: api, mesh: {kind: grpc, lbPolicy: round_robin, outlierDetection: {interval: 5s, consecutive5xxErrors: null, maxEjectionPercent: 50}}}, {name: web, trafficDistribution: PreferClose, internalTrafficPolicy: Cluster}], deployments: [{name: web, template: {sigterm: exit}}]}
        experiment: {duration: 40s, warmUp: 5s, replications: 3}
      """;

  private Path write(String text) throws IOException {
    return Files.writeString(tmp.resolve("f.yaml"), text, StandardCharsets.UTF_8);
  }

  /** {@code validate} and {@code run} with {@code --set SET} both refuse, quickly, with exit 2. */
  private void refused(String set, String expected) throws IOException {
    Path f = write(ALL);
    Path out = tmp.resolve("out");
    for (String command : List.of("validate", "run")) {
      Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(20),
          () -> command.equals("run")
              ? Cli.run("run", f.toString(), "--set", set, "--out", out.toString())
              : Cli.run("validate", f.toString(), "--set", set));
      assertEquals(ExitCodes.BAD_INPUT, r.exit(), command + " " + set + ": " + r.out() + r.err());
      assertTrue(r.err().contains(expected), command + ": expected <" + expected + "> in:\n"
          + r.err());
      assertFalse(r.err().contains("Exception"), r.err());
      assertFalse(Files.exists(out), "no output");
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "spec.cluster.network.tcpRtoMin=-5s | spec.cluster.network.tcpRtoMin: expected a duration",
      "spec.cluster.network.tcpRtoMin=0s | network.tcpRtoMin must be a finite value > 0",
      "spec.cluster.network.tcpRtoMin=1e400s | spec.cluster.network.tcpRtoMin: expected a duration",
      "spec.cluster.network.tcpRtoMax=1us | network.tcpRtoMax must be at least network.tcpRtoMin",
      "spec.cluster.network.tcpRetries2=0 | tcpRetries2: expected an integer between 1 and 50",
      "spec.cluster.network.tcpRetries2=1e308 | tcpRetries2: expected an integer between 1 and 50",
      "spec.cluster.peerReachability.period=1s | peerReachability.timeout (1.0 s) must be less",
      "spec.cluster.peerReachability={period: 900us, timeout: 1us} | "
          + "peerReachability.period must be a finite period of at least 1ms",
      "spec.cluster.peerReachability.quorum=1.5 | quorum: expected a number between 0.001 and 1",
      "spec.cluster.peerReachability.quorum=0 | quorum: expected a number between 0.001 and 1",
      "spec.cluster.peerReachability.quorum=.nan | quorum: expected a number",
      "spec.cluster.peerReachability.minHealthy=-1 | minHealthy: expected a number between 0",
      "spec.cluster.peerReachability.failureThreshold=1000000000 | failureThreshold: expected an "
          + "integer between 1 and 1000",
      "spec.cluster.peerReachability.action=reboot | peerReachability.action",
      "spec.cluster.dns.replicas=0 | spec.cluster.dns.replicas: expected an integer between 1",
      "spec.cluster.dns.replicas=1000 | spec.cluster.dns.replicas: the cluster holds 440 pods (4 "
          + "nodes, their maxPods); the deployments ask for 8, leaving room for 432 CoreDNS pods, "
          + "not 1000",
      "spec.deployments[api].name=coredns | deployment name 'coredns' is reserved for the cluster",
      "spec.cluster.dns.attempts=9 | spec.cluster.dns.attempts: expected an integer between 1 and 5",
      "spec.cluster.dns.timeout=-5s | spec.cluster.dns.timeout: expected a duration",
      "spec.cluster.dns.retrySameSocket=yes | spec.cluster.dns.retrySameSocket",
      "spec.deployments[web].template.sigterm=ignore | spec.deployments[0].template.sigterm",
      "spec.deployments[web].template.preStopSleepSeconds=-1 | preStopSleepSeconds",
      "spec.deployments[web].template.readinessProbe.backoffMax=1s | backoffMax (1.0 s) must be "
          + "at least backoffInitial (10.0 s)",
      "spec.deployments[web].template.readinessProbe.readmission=sometimes | readmission",
      "spec.services[web].trafficDistribution=Nearest | spec.services[0].trafficDistribution",
      "spec.services[web].internalTrafficPolicy=local | spec.services[0].internalTrafficPolicy",
      "spec.services[api].clusterIP=None | a mesh balances a cluster-IP service; this one is "
          + "headless",
      "spec.clients[m].retries={max: 2} | f.yaml:29:7: spec.clients[1]: client m retries, but "
          + "service api has a mesh whose proxy retries",
      "spec.clients[m].from={external: true} | f.yaml:29:7: spec.clients[1]: client m is "
          + "external, but service api has a mesh",
      "spec.services[api].mesh.kind=istio | spec.services[1].mesh.kind",
      "spec.services[api].mesh.kind=linkerd | outlierDetection does not apply to kind: linkerd",
      "spec.services[api].mesh.lbPolicy=pick_first | lbPolicy pick_first is not a policy of kind: "
          + "envoy",
      "spec.services[api].mesh.choiceCount=1 | choiceCount: expected an integer between 2 and 100",
      "spec.services[api].mesh.outlierDetection.interval=1us | outlierDetection.interval must be "
          + "a finite period of at least 1ms",
      "spec.services[api].mesh.outlierDetection.maxEjectionTime=1s | cannot be smaller than "
          + "baseEjectionTime",
      "spec.services[api].mesh.outlierDetection.maxEjectionPercent=101 | maxEjectionPercent",
      "spec.services[api].mesh.retries.attempts=-1 | spec.services[1].mesh.retries.attempts",
      "spec.cluster.controlPlane.nodeMonitorPeriod=1us | controlPlane.nodeMonitorPeriod must be a "
          + "finite period of at least 1ms",
  })
  void badValueOfANewerField_isRefusedUpFront(String set, String expected) throws IOException {
    refused(set.strip(), expected.strip());
  }

  @Test
  void internalTrafficPolicyLocal_withNoPodOnTheClientNodes_runs() throws IOException {
    Path f = write(ALL.replace("trafficDistribution: PreferClose", "internalTrafficPolicy: Local")
        .replace("replicas: 4\n      template:\n        server: {serviceTime: 10ms, concurrency: "
            + "4}\n        preStop", "replicas: 1\n      placement: {nodes: [node-1]}\n      "
            + "template:\n        server: {serviceTime: 10ms, concurrency: 4}\n        preStop"));
    Cli.Result r = Cli.run("run", f.toString(), "--set",
        "spec.experiment={duration: 20s, warmUp: 2s, replications: 1}", "--out",
        tmp.resolve("local").toString(), "--format", "json");
    assertEquals(ExitCodes.OK, r.exit(), r.err());
  }

  /**
   * Every agent probes every peer: n·(n−1) probes a round. The controller's tally is kept per
   * changed report; recounting it after each agent's report made a round cubic in the nodes
   * (2,000 nodes for 60 s took more than 5 minutes).
   */
  @Test
  void peerReachability_onTwoThousandNodes_runsInSeconds() throws IOException {
    Path f = write("""
        apiVersion: kubesim.io/v1
        kind: Scenario
        metadata: {name: peers}
        spec:
          cluster:
            nodes: {count: 2000}
            peerReachability: {}
          deployments:
            - {name: web, replicas: 100, template: {server: {serviceTime: 10ms}}}
          services: [{name: web, selector: {app: web}}]
          clients: [{name: c, service: web, arrivals: {rate: 10/s}}]
          faults:
            - {name: cut, action: partition, at: 5s, duration: 30s, selector: {nodes: [node-1]}}
          experiment: {duration: 60s, replications: 1}
        """);
    Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cli.run("run",
        f.toString(), "--out", tmp.resolve("peers").toString(), "--format", "json"));
    assertEquals(ExitCodes.OK, r.exit(), r.err());
  }

  /**
   * Every newer mechanism at once (envoy, linkerd and grpc meshes, cluster DNS with NodeLocal
   * DNSCache and a client cache, peer reachability acting by readiness gate and by taint,
   * throughput back-off, SIGTERM behaviours, PreferSameNode with internalTrafficPolicy Local,
   * packet loss under TCP retransmission): one thread and two give the same bytes.
   */
  @Test
  void everyNewerMechanism_oneThreadAndTwo_giveByteIdenticalResults() throws IOException {
    Path f = write(EVERY);
    byte[][] results = new byte[2][];
    for (int threads = 1; threads <= 2; threads++) {
      Path out = tmp.resolve("t" + threads);
      Cli.Result r = Cli.run("run", f.toString(), "--threads", String.valueOf(threads), "--out",
          out.toString(), "--format", "json");
      assertEquals(ExitCodes.OK, r.exit(), r.err());
      results[threads - 1] = Files.readAllBytes(out.resolve("results.json"));
    }
    assertArrayEquals(results[0], results[1]);
  }

  /**
   * A Latin-hypercube range with absurd ends is refused by the field's own check, and the value
   * it names stays short: no 300-digit number, no overflowed negative integer.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "spec.cluster.peerReachability.quorum=0:1e308 | quorum: expected a number between 0.001",
      "spec.deployments[web].replicas=0:99999999999999999999 | replicas: expected an integer "
          + "between 0 and 200000, got ",
  })
  void sweepRange_withAbsurdEnds_isRefusedWithAShortValue(String range, String expected)
      throws IOException {
    Path f = write(ALL);
    Path out = tmp.resolve("sweep");
    Cli.Result r = Cli.run("sweep", f.toString(), "--range", range.strip(), "--samples", "3",
        "--out", out.toString());
    assertEquals(ExitCodes.BAD_INPUT, r.exit(), r.out() + r.err());
    String first = r.err().lines().findFirst().orElse("");
    assertTrue(first.contains(expected.strip()), first);
    assertTrue(first.length() < 300, first);
    assertFalse(first.contains("got -"), first);
    assertFalse(Files.exists(out), "no output");
  }

  /** Every node's proxy keeps a view of every endpoint: nodes × endpoints is bounded up front. */
  @Test
  void meshBeyondItsMemoryBound_isRefusedAtTheMesh() throws IOException {
    Path f = write(ALL.replace("count: 4, zones: [a, b]", "count: 10000")
        .replace("replicas: 4\n      template:\n        server: {serviceTime: 10ms, concurrency: "
            + "4}\n  services", "replicas: 500\n      template:\n        server: {serviceTime: "
            + "10ms, concurrency: 4}\n  services"));
    for (String command : List.of("validate", "run")) {
      Path out = tmp.resolve("mesh");
      Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(20),
          () -> command.equals("run") ? Cli.run("run", f.toString(), "--out", out.toString())
              : Cli.run("validate", f.toString()));
      assertEquals(ExitCodes.BAD_INPUT, r.exit(), command + ": " + r.err());
      assertTrue(r.err().contains(f + ":26:"), r.err());
      assertTrue(r.err().contains("spec.services[1].mesh: every node's proxy keeps a view of "
          + "every endpoint: 10000 nodes × 500 endpoints is 5000000 hosts, more than the "
          + "4000000"), r.err());
      assertFalse(Files.exists(out), "no output");
    }
  }

  /**
   * Heavy packet loss makes peer reachability flap the pods' readiness, so the endpoints change
   * all the time and a mesh's control plane debounces without end: the run must still finish in
   * seconds (istiod's debounce once rescheduled itself at the same instant forever).
   */
  @Test
  void heavyLoss_withPeerReachabilityAndAMesh_finishes() throws IOException {
    Path f = write(EVERY.replace("loss: 0.01", "loss: 0.5"));
    Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Cli.run("run",
        f.toString(), "--set", "spec.experiment={duration: 20s, warmUp: 2s, replications: 1}",
        "--set", "spec.variants=", "--out", tmp.resolve("loss").toString(), "--format", "json"));
    assertEquals(ExitCodes.OK, r.exit(), r.err());
  }
}
