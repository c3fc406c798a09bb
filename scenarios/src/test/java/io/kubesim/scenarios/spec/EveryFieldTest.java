package io.kubesim.scenarios.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesim.config.ModelConfig;
import io.kubesim.dist.Distribution;
import io.kubesim.fault.FaultConfig;
import io.kubesim.mesh.ControlPlanePush;
import io.kubesim.mesh.EnvoyConfig;
import io.kubesim.mesh.GrpcConfig;
import io.kubesim.mesh.LinkerdConfig;
import io.kubesim.mesh.MeshRetryPolicy;
import io.kubesim.mesh.OutlierDetectionConfig;
import io.kubesim.probe.PeerReachabilityConfig;
import io.kubesim.probe.ProbeCheck;
import io.kubesim.proxy.ProxyMode;
import io.kubesim.proxy.ServiceConfig;
import io.kubesim.scenarios.schema.Field;
import io.kubesim.scenarios.schema.Format;
import io.kubesim.scenarios.schema.ObjectType;
import io.kubesim.traffic.Arrivals;
import io.kubesim.traffic.RateProfile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The fixture that uses every field converts to the values written. */
class EveryFieldTest {

  static String fixture() throws IOException {
    try (InputStream in = EveryFieldTest.class.getResourceAsStream("/everything.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static Path examples() {
    Path p = Path.of("examples");
    return Files.isDirectory(p) ? p : Path.of("scenarios", "examples");
  }

  @Test
  void everyDeclaredField_isReadByTheConverter() throws IOException {
    Conversion conversion = new Conversion();
    ScenarioLoader loader = ScenarioLoader.withDefaultLimits();
    loader.load("everything.yaml", fixture(), List.of(), Optional.empty(), conversion);
    try (Stream<Path> files = Files.list(examples())) {
      for (Path f : files.toList()) {
        loader.load(f.toString(), Files.readString(f), List.of(), Optional.empty(), conversion);
      }
    }
    Set<String> declared = new TreeSet<>();
    for (ObjectType t : Format.allTypes()) {
      for (Field f : t.fields()) {
        declared.add(t.name() + "." + f.name());
      }
    }
    declared.removeAll(conversion.fieldsRead());
    assertEquals(Set.of(), declared, "documented fields the parser never reads");
  }

  @Test
  void fixture_convertsToTheValuesWritten() throws IOException {
    Scenario s = ScenarioLoader.withDefaultLimits()
        .load("everything.yaml", fixture(), List.of(), Optional.empty(), new Conversion());
    ModelConfig base = s.experiment().variants().get(0).model();
    assertEquals(List.of("n1", "n2", "n3"), base.nodes().stream().map(n -> n.name()).toList());
    assertEquals("a", base.nodes().get(2).zone());
    assertEquals(ProxyMode.IPVS_LC, base.kubeProxy().mode());
    assertEquals(3, base.kubeProxy().syncBurst());
    assertEquals(0.2, base.controlPlane().nodeEvictionRate(), 1e-12);
    assertEquals(0.02, base.controlPlane().secondaryNodeEvictionRate(), 1e-12);
    assertEquals(0.6, base.controlPlane().unhealthyZoneThreshold(), 1e-12);
    assertEquals(10, base.controlPlane().largeClusterSizeThreshold());
    assertEquals(1.5, base.kubeProxy().syncDurationSeconds(), 1e-12);
    assertEquals(io.kubesim.cluster.ServerConfig.ProbeHandling.DEDICATED,
        base.deployments().get(0).template().server().probeHandling());
    assertEquals(new Distribution.Uniform(0.1, 1.0), base.controlPlane().endpointPropagationDelay());
    assertEquals(Optional.of(new PeerReachabilityConfig(5, 0.5, 2, 2, 0.6, 0.4,
        PeerReachabilityConfig.Action.TAINT)), base.peerReachability());
    var web = base.deployments().get(0);
    assertEquals(1, web.maxSurge());
    assertEquals(2, web.maxUnavailable());
    var probe = web.template().readinessProbe().orElseThrow();
    assertEquals(new ProbeCheck.Throughput(5, ProbeCheck.Readmission.AFTER, 20), probe.check());
    assertEquals(0.5, probe.timeoutSeconds());
    assertEquals(io.kubesim.cluster.SigtermBehaviour.KEEP_SERVING, web.template().sigterm());
    assertEquals(5, web.template().preStopSleepSeconds());
    assertEquals(new io.kubesim.network.DataRetransmission(0.2, 120, 15),
        base.network().dataRetransmission());
    assertEquals(new io.kubesim.traffic.DnsConfig(3, 2, 3, false, 10, true, 5,
        new Distribution.Constant(0.001)), base.dns().orElseThrow());
    assertTrue(base.deployments().stream().anyMatch(d -> d.name().equals("coredns")));
    assertEquals(ServiceConfig.ExternalTrafficPolicy.LOCAL, base.services().get(0).externalTrafficPolicy());
    assertEquals(ServiceConfig.TrafficDistribution.PREFER_SAME_NODE,
        base.services().get(0).trafficDistribution());
    assertEquals(ServiceConfig.InternalTrafficPolicy.LOCAL,
        base.services().get(0).internalTrafficPolicy());
    assertEquals(ServiceConfig.TrafficDistribution.NONE,
        base.services().get(1).trafficDistribution());
    assertTrue(base.services().get(1).headless());
    EnvoyConfig envoy = assertInstanceOf(EnvoyConfig.class,
        base.services().get(2).mesh().orElseThrow());
    assertEquals(EnvoyConfig.LbPolicy.ROUND_ROBIN, envoy.lbPolicy());
    assertEquals(3, envoy.choiceCount());
    assertEquals(2.0, envoy.connectTimeoutSeconds());
    assertEquals(new MeshRetryPolicy(1, Set.of(MeshRetryPolicy.RetryOn.CONNECT_FAILURE,
        MeshRetryPolicy.RetryOn.FIVE_XX), 0.01, true, 5), envoy.retries());
    assertEquals(new ControlPlanePush(0.05, 5, new Distribution.Constant(0.02)),
        envoy.controlPlane());
    assertEquals(new OutlierDetectionConfig(3, 100, 4, 100, true, 6, 100, 5, 20, 100, 1, 50,
        true, 3, 10, 1.5, 100, 100, 70, 2, 5, 50, 50, 40), envoy.outlierDetection().orElseThrow());
    assertEquals(new LinkerdConfig(5, 0.01, 1, MeshRetryPolicy.none(),
        Optional.of(new LinkerdConfig.FailureAccrualConfig(3, 2, 30, 0.25)),
        ControlPlanePush.linkerdDefaults()), base.services().get(3).mesh().orElseThrow());
    GrpcConfig grpc = (GrpcConfig) base.services().get(4).mesh().orElseThrow();
    assertEquals(GrpcConfig.LbPolicy.ROUND_ROBIN, grpc.lbPolicy());
    assertEquals(2.0, grpc.backoffSeconds(1, 0.5), 1e-12);
    assertEquals(60 * 1.1, grpc.backoffSeconds(9, 1), 1e-9);
    assertEquals(new OutlierDetectionConfig(0, 0, 0, 0, false, 0, 0, 10, 30, 300, 0, 20, false,
        5, 100, 1.9, 100, 0, 60, 5, 50, 100, 0, 0), grpc.outlierDetection().orElseThrow());
    assertEquals(new Arrivals.Poisson(new RateProfile.Constant(600)), base.clients().get(0).arrivals());
    assertEquals(new Arrivals.Poisson(new RateProfile.Ramp(10, 20, 10, 60)),
        base.clients().get(2).arrivals());
    assertTrue(base.clients().get(5).external());
    assertEquals(9, base.faults().size());
    FaultConfig.Partition p = assertInstanceOf(FaultConfig.Partition.class, base.faults().get(0));
    assertEquals(FaultConfig.Direction.TO, p.direction());
    assertEquals(Double.POSITIVE_INFINITY, base.faults().get(1).durationSeconds());
    assertEquals(0, base.faults().get(2).durationSeconds());

    ModelConfig generated = s.experiment().variants().get(1).model();
    assertEquals(List.of("node-1", "node-2", "node-3"),
        generated.nodes().stream().map(n -> n.name()).toList());
    assertEquals(List.of("z1", "z2", "z1"), generated.nodes().stream().map(n -> n.zone()).toList());
    assertEquals(3, s.thresholds().size());
  }

  @Test
  void throughputBackoff_convertsToItsRecord() throws IOException {
    String text = """
        apiVersion: kubesim.io/v1
        kind: Scenario
        metadata: {name: b}
        spec:
          deployments:
            - name: web
              template:
                server: {serviceTime: 10ms}
                readinessProbe: {policy: throughput, minRequests: 3, readmission: backoff,
                                 backoffInitial: 5s, backoffMax: 2m}
          services: [{name: web, selector: {app: web}}]
          clients: [{name: c, service: web, arrivals: {rate: 10/s}}]
        """;
    Scenario s = ScenarioLoader.withDefaultLimits()
        .load("b.yaml", text, List.of(), Optional.empty(), new Conversion());
    var probe = s.experiment().variants().get(0).model().deployments().get(0).template()
        .readinessProbe().orElseThrow();
    assertEquals(new ProbeCheck.Throughput(3, ProbeCheck.Readmission.BACKOFF, 30,
        new ProbeCheck.Backoff(5, 120, 600)), probe.check());
  }
}
