package io.kubesim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesim.dist.Distribution;
import io.kubesim.fault.FaultConfig;
import io.kubesim.fault.PodSelector;
import io.kubesim.mesh.ControlPlanePush;
import io.kubesim.mesh.EnvoyConfig;
import io.kubesim.mesh.GrpcConfig;
import io.kubesim.mesh.LinkerdConfig;
import io.kubesim.mesh.MeshRetryPolicy;
import io.kubesim.mesh.OutlierDetectionConfig;
import io.kubesim.traffic.RetryConfig;
import java.util.List;
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
    assertEquals(1, kpi(kubeProxy, "exposureFraction"), 1e-9);
    assertEquals(1, kpi(capped, "exposureFraction"), 1e-9, "nobody ejected: always exposed");
    double exposure = kpi(ejecting, "exposureFraction");
    assertTrue(exposure < 0.5, "the sidecars stop routing to the cut pod: " + exposure);
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

  @Test
  void linkerdP2c_sendsLessToASlowPod() {
    Models m = new Models();
    m.rate = 60;
    m.service = m.service.withMesh(LinkerdConfig.defaults(Optional.empty()));
    m.faults.add(new FaultConfig.SlowPod("slow", 0, Double.POSITIVE_INFINITY,
        new PodSelector("web", List.of(1), Optional.empty()), 8, new Distribution.Constant(0)));
    ExperimentResult.VariantResult v = run(m);
    double total = v.pods().stream().mapToDouble(p -> p.served().mean()).sum();
    double slow = v.pods().stream().filter(p -> p.pod().equals("web-1"))
        .mapToDouble(p -> p.served().mean()).sum();
    assertTrue(slow / total < 0.5 / 6, "slow pod's share " + slow / total);
  }

  @Test
  void grpcRoundRobinWithA50_beatsKubeProxy_underAGrayPartition() {
    double base = kpi(run(grayPartition(Optional.empty())), "successRateDuringFault");
    Models m = new Models();
    m.rate = 200;
    m.service = m.service.withMesh(GrpcConfig.defaults(GrpcConfig.LbPolicy.ROUND_ROBIN,
        Optional.of(GrpcConfig.a50Defaults())));
    m.grayPartition("node-3", 40, 100);
    ExperimentResult.VariantResult grpc = run(m);
    double withA50 = kpi(grpc, "successRateDuringFault");
    assertTrue(withA50 > base + 0.05, "grpc " + withA50 + " vs " + base);
  }
}
