package io.kubesim.scenarios.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubesim.cluster.DeploymentConfig;
import io.kubesim.cluster.KubeletConfig;
import io.kubesim.config.ModelConfig;
import io.kubesim.controlplane.ControlPlaneConfig;
import io.kubesim.network.NetworkConfig;
import io.kubesim.probe.ProbeCheck;
import io.kubesim.probe.ProbeConfig;
import io.kubesim.proxy.KubeProxyConfig;
import io.kubesim.proxy.ServiceConfig;
import io.kubesim.traffic.ConnectionConfig;
import io.kubesim.traffic.RetryConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A minimal scenario gets sim-core's Kubernetes defaults: one source of truth, checked. */
class DefaultsTest {
  private static final String MINIMAL = """
      apiVersion: kubesim.io/v1
      kind: Scenario
      metadata: {name: minimal}
      spec:
        deployments:
          - name: web
            replicas: 8
            template: {server: {serviceTime: 10ms}, readinessProbe: {}}
        services: [{name: web, selector: {app: web}}]
        clients: [{name: c, service: web, arrivals: {rate: 1/s}}]
      """;

  private static ModelConfig minimal() {
    return ScenarioLoader.withDefaultLimits().load("minimal.yaml", MINIMAL, List.of(),
        Optional.empty(), new Conversion()).experiment().variants().get(0).model();
  }

  @Test
  void componentDefaults_equalTheCoreDefaults() {
    ModelConfig m = minimal();
    assertEquals(KubeletConfig.defaults(), m.kubelet());
    assertEquals(ControlPlaneConfig.defaults(), m.controlPlane());
    assertEquals(KubeProxyConfig.defaults(), m.kubeProxy());
    assertEquals(NetworkConfig.defaults(), m.network());
    assertEquals(3, m.nodes().size());
  }

  @Test
  void probeAndServiceDefaults_areKubernetes() {
    ModelConfig m = minimal();
    assertEquals(Optional.of(ProbeConfig.defaults(new ProbeCheck.Http())),
        m.deployments().get(0).template().readinessProbe());
    assertEquals(30, m.deployments().get(0).template().terminationGracePeriodSeconds());
    assertEquals(ServiceConfig.clusterIp("web", Map.of("app", "web")), m.services().get(0));
  }

  @Test
  void rollingUpdateDefaults_roundLikeKubernetes() {
    DeploymentConfig d = minimal().deployments().get(0);
    assertEquals(Map.of("app", "web"), d.labels());
    assertEquals(DeploymentConfig.defaultMaxSurge(8), d.maxSurge());
    assertEquals(DeploymentConfig.defaultMaxUnavailable(8), d.maxUnavailable());
  }

  @Test
  void clientDefaults_areGoHttpDefaults() {
    var c = minimal().clients().get(0);
    assertEquals(30, c.connectTimeoutSeconds());
    assertEquals(new RetryConfig(0, 0.1, 2, true), c.retries());
    assertEquals(new ConnectionConfig(false, 2, 90), c.connections());
  }
}
