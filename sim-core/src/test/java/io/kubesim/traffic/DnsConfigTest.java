package io.kubesim.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesim.config.ModelConfig;
import io.kubesim.experiment.Models;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DnsConfigTest {
  @Test
  void defaults_areResolvConfsAndKubeadms() {
    DnsConfig d = DnsConfig.defaults();
    assertEquals(2, d.replicas());
    assertEquals(5, d.timeoutSeconds());
    assertEquals(2, d.attempts());
    assertTrue(d.retrySameSocket());
    assertEquals(0, d.clientCacheTtlSeconds());
    assertEquals(30, d.recordTtlSeconds());
  }

  @Test
  void model_withDns_getsTheCoreDnsDeploymentAndTheKubeDnsService() {
    Models m = new Models();
    m.dns = Optional.of(DnsConfig.defaults());
    ModelConfig c = m.build();
    assertEquals(List.of("web", "coredns"), c.deployments().stream().map(d -> d.name()).toList());
    assertEquals(List.of("web", "kube-dns"), c.services().stream().map(s -> s.name()).toList());
    assertEquals(2, c.deployments().get(1).replicas());
    // rebuilding from the components does not add them twice
    ModelConfig again = new ModelConfig(c.nodes(), c.kubelet(), c.controlPlane(), c.kubeProxy(),
        c.network(), c.deployments(), c.services(), c.clients(), c.faults(), c.peerReachability(),
        c.dns());
    assertEquals(c, again);
  }

  @Test
  void model_withDns_refusesAUserDeploymentCalledCoreDns() {
    Models m = new Models();
    ModelConfig plain = m.build();
    var web = plain.deployments().get(0);
    var coredns = new io.kubesim.cluster.DeploymentConfig("coredns", 1, Map.of("app", "x"),
        web.placement(), web.template(), 1, 0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ModelConfig(plain.nodes(), plain.kubelet(), plain.controlPlane(),
            plain.kubeProxy(), plain.network(), List.of(web, coredns), plain.services(),
            plain.clients(), plain.faults(), Optional.empty(), Optional.of(DnsConfig.defaults())));
    assertTrue(e.getMessage().contains("reserved"), e.getMessage());
  }
}
