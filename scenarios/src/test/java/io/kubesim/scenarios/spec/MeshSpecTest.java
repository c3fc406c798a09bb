package io.kubesim.scenarios.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesim.mesh.EnvoyConfig;
import io.kubesim.mesh.GrpcConfig;
import io.kubesim.mesh.LinkerdConfig;
import io.kubesim.mesh.OutlierDetectionConfig;
import io.kubesim.proxy.ServiceConfig;
import io.kubesim.scenarios.yaml.ScenarioException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A service's {@code mesh}: defaults as Istio sets them, and located errors. */
class MeshSpecTest {
  private static String scenario(String mesh, String client) {
    return """
        apiVersion: kubesim.io/v1
        kind: Scenario
        metadata: {name: mesh}
        spec:
          cluster: {nodes: {count: 3}}
          deployments:
            - {name: web, replicas: 3, template: {server: {serviceTime: 10ms}}}
          services:
            - name: web
              selector: {app: web}
              mesh: %s
          clients: [{name: c, service: web, arrivals: {rate: 100/s}%s}]
          experiment: {duration: 1m, replications: 1}
        """.formatted(mesh, client);
  }

  private static ServiceConfig load(String mesh) {
    return ScenarioLoader.withDefaultLimits().load("mesh.yaml", scenario(mesh, ""), List.of(),
        Optional.empty(), new Conversion()).experiment().variants().get(0).model().services()
        .get(0);
  }

  private static ScenarioException error(String mesh, String client) {
    return assertThrows(ScenarioException.class, () -> ScenarioLoader.withDefaultLimits().load(
        "mesh.yaml", scenario(mesh, client), List.of(), Optional.empty(), new Conversion()));
  }

  @Test
  void envoyWithOutlierDetection_takesIstiosDefaults() {
    EnvoyConfig e = assertInstanceOf(EnvoyConfig.class,
        load("{kind: envoy, outlierDetection: {}}").mesh().orElseThrow());
    assertEquals(EnvoyConfig.istio(Optional.of(OutlierDetectionConfig.istioDefaults())), e);
  }

  @Test
  void envoyWithoutOutlierDetection_hasNone() {
    EnvoyConfig e = assertInstanceOf(EnvoyConfig.class, load("{kind: envoy}").mesh().orElseThrow());
    assertEquals(Optional.empty(), e.outlierDetection());
  }

  @Test
  void consecutiveGatewayErrors_whenSet_isEnforced() {
    EnvoyConfig e = (EnvoyConfig) load(
        "{kind: envoy, outlierDetection: {consecutiveGatewayErrors: 3, consecutive5xxErrors: 0}}")
        .mesh().orElseThrow();
    OutlierDetectionConfig od = e.outlierDetection().orElseThrow();
    assertEquals(3, od.consecutiveGatewayFailure());
    assertEquals(100, od.enforcingConsecutiveGatewayFailure());
    assertEquals(0, od.enforcingConsecutive5xx(), "0 turns the 5xx detector off, as in Istio");
  }

  @Test
  void unknownRetryCondition_isALocatedError() {
    ScenarioException e = error("{kind: envoy, retries: {retryOn: \"connect-failure,oops\"}}", "");
    assertTrue(e.getMessage().contains("retryOn") && e.getMessage().contains("oops"),
        e.getMessage());
    assertTrue(e.getMessage().contains("mesh.yaml:"), e.getMessage());
  }

  @Test
  void maxEjectionTimeBelowBase_isRefusedAsEnvoyDoes() {
    ScenarioException e = error(
        "{kind: envoy, outlierDetection: {baseEjectionTime: 60s, maxEjectionTime: 30s}}", "");
    assertTrue(e.getMessage().contains("maxEjectionTime"), e.getMessage());
  }

  @Test
  void unknownKind_andOutOfRangePercent_areRefused() {
    assertTrue(error("{kind: nginx}", "").getMessage().contains("nginx"));
    assertTrue(error("{kind: envoy, outlierDetection: {maxEjectionPercent: 120}}", "")
        .getMessage().contains("maxEjectionPercent"));
  }

  @Test
  void aClientThatRetriesItself_isRefused() {
    ScenarioException e = error("{kind: envoy}", ", retries: {max: 1}");
    assertTrue(e.getMessage().contains("whose proxy retries"), e.getMessage());
  }

  @Test
  void linkerd_andGrpc_takeTheirOwnDefaults() {
    assertEquals(LinkerdConfig.defaults(Optional.empty()), load("{kind: linkerd}").mesh()
        .orElseThrow());
    assertEquals(GrpcConfig.defaults(GrpcConfig.LbPolicy.PICK_FIRST,
        Optional.of(GrpcConfig.a50Defaults())),
        load("{kind: grpc, outlierDetection: {}}").mesh().orElseThrow());
  }

  @Test
  void aFieldOfAnotherKind_isRefused() {
    assertTrue(error("{kind: linkerd, outlierDetection: {}}", "").getMessage()
        .contains("outlierDetection does not apply to kind: linkerd"));
    assertTrue(error("{kind: envoy, failureAccrual: {}}", "").getMessage()
        .contains("failureAccrual does not apply to kind: envoy"));
    assertTrue(error("{kind: grpc, outlierDetection: {consecutive5xxErrors: 3}}", "")
        .getMessage().contains("consecutive5xxErrors does not apply to kind: grpc"));
    assertTrue(error("{kind: grpc, lbPolicy: LEAST_REQUEST}", "").getMessage()
        .contains("not a policy of kind: grpc"));
  }
}
