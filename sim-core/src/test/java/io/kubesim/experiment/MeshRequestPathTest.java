package io.kubesim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesim.mesh.ControlPlanePush;
import io.kubesim.mesh.EnvoyConfig;
import io.kubesim.mesh.MeshRetryPolicy;
import io.kubesim.mesh.OutlierDetectionConfig;
import io.kubesim.traffic.RetryConfig;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Requests through Envoy sidecars end to end: retries, ejection under a gray partition. */
class MeshRequestPathTest {

  private static ExperimentResult.VariantResult run(Models m) {
    return ExperimentRunner.run(Models.experiment(150, 10, 2, 5, Models.variant("v", m.build())),
        2, ProgressListener.none()).variants().get(0);
  }

  private static double kpi(ExperimentResult.VariantResult v, String key) {
    return v.kpis().get(key).mean();
  }

  private static Models grayPartition(Optional<EnvoyConfig> mesh) {
    Models m = new Models();
    m.rate = 200;
    m.connectTimeout = 3;
    mesh.ifPresent(e -> m.service = m.service.withMesh(e));
    return m.grayPartition("node-3", 40, 100);
  }

  private static EnvoyConfig envoy(double connectTimeout, boolean alwaysEjectOneHost) {
    OutlierDetectionConfig d = OutlierDetectionConfig.istioDefaults();
    OutlierDetectionConfig od = new OutlierDetectionConfig(5, 100, 5, 0, false, 5, 100,
        d.intervalSeconds(), 30, 300, 0, 10, alwaysEjectOneHost, 5, 100, 1.9, 0, 0, 85, 5, 50,
        0, 0, 0);
    return new EnvoyConfig(EnvoyConfig.LbPolicy.LEAST_REQUEST, 2, connectTimeout,
        MeshRetryPolicy.istioDefaults(), Optional.of(od), ControlPlanePush.istioDefaults());
  }

  @Test
  void sidecarsThatEjectOneHost_beatKubeProxy_underAGrayPartition() {
    ExperimentResult.VariantResult kubeProxy = run(grayPartition(Optional.empty()));
    ExperimentResult.VariantResult capped = run(grayPartition(Optional.of(envoy(1, false))));
    ExperimentResult.VariantResult ejecting = run(grayPartition(Optional.of(envoy(1, true))));
    double base = kpi(kubeProxy, "successRateDuringFault");
    assertTrue(base < 0.9, "kube-proxy keeps routing to the cut pod: " + base);
    assertEquals(0, kpi(capped, "falseEjections"), "six hosts, 10 %: nobody is ejected");
    double withEjection = kpi(ejecting, "successRateDuringFault");
    assertTrue(withEjection > base + 0.05, "envoy " + withEjection + " vs " + base);
    assertTrue(kpi(ejecting, "falseEjections") > 0,
        "the cut node's own sidecar ejects a healthy peer");
    assertTrue(kpi(ejecting, "attemptsPerRequest") > 1, "connect failures are retried");
  }

  @Test
  void istioDefaultConnectTimeout_longerThanTheClientsDeadline_hidesTheFault() {
    // The application gives up after 5 s, before the sidecar's 10 s connect timeout: the
    // sidecar never sees a failure, so it neither retries nor ejects.
    ExperimentResult.VariantResult v = run(grayPartition(Optional.of(envoy(10, true))));
    assertEquals(0, kpi(v, "falseEjections"));
    assertEquals(1, kpi(v, "attemptsPerRequest"), 1e-9);
  }

  @Test
  void aClientThatRetries_cannotUseAMeshThatRetries() {
    Models m = new Models();
    m.retries = new RetryConfig(1, 0, 1, true);
    m.service = m.service.withMesh(EnvoyConfig.istio(Optional.empty()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, m::build);
    assertTrue(e.getMessage().contains("mesh"), e.getMessage());
  }
}
