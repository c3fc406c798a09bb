package io.kubesim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesim.cluster.SigtermBehaviour;
import io.kubesim.fault.FaultConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Terminating endpoints against KEP-1669 and the pod termination sequence: kube-proxy uses
 * ready endpoints, and only when none is left the serving-terminating ones; a terminating pod
 * serves as its SIGTERM behaviour says until it exits.
 */
class TerminatingEndpointsTest {
  /**
   * One replica replaced with maxSurge 0 / maxUnavailable 1: the old pod is deleted before its
   * successor exists, so for several seconds the only endpoint is the terminating one.
   */
  private static Models singleReplicaRecreate(SigtermBehaviour sigterm, double preStop) {
    Models m = new Models();
    m.nodes = 2;
    m.replicas = 1;
    m.maxSurge = 0;
    m.maxUnavailable = 1;
    m.rate = 100;
    m.concurrency = 8;
    m.sigterm = sigterm;
    m.preStopSleepSeconds = preStop;
    m.faults.add(new FaultConfig.RollingUpdate("upgrade", 40, "web"));
    return m;
  }

  private static ExperimentResult.VariantResult run(Models m) {
    return ExperimentRunner.run(Models.experiment(120, 10, 3, 5,
        Models.variant("v", m.build())), 2, ProgressListener.none()).variants().get(0);
  }

  @Test
  void noReadyEndpointLeft_kubeProxyFallsBackToTheServingTerminatingPod() {
    // keepServing: the old pod stays serving (its probe passes) and terminating until SIGKILL at
    // 30 s; with no ready endpoint, kube-proxy sends every connection to it: nothing is lost
    // while the new pod starts (2 s) and passes its first readiness probe.
    ExperimentResult.VariantResult v = run(singleReplicaRecreate(SigtermBehaviour.KEEP_SERVING, 0));
    assertEquals(0, v.failures().get("noEndpoints").mean());
    assertEquals(1.0, v.kpis().get("successRateDuringFault").mean(), 1e-3);
  }

  @Test
  void drainingPod_refusesNewConnections_soTheFallbackCannotHelp() {
    // drain: the listener closes at SIGTERM; the pod is still a serving-terminating endpoint
    // until it exits, so connections are refused; then nothing is left: no endpoints.
    ExperimentResult.VariantResult v = run(singleReplicaRecreate(SigtermBehaviour.DRAIN, 0));
    assertTrue(v.kpis().get("successRateDuringFault").mean() < 0.95, v.kpis().toString());
    assertTrue(v.failures().get("noEndpoints").mean() + v.failures().get("refused").mean() > 0);
  }

  @Test
  void preStopSleep_keepsADrainingPodServingUntilItsSuccessorIsReady() {
    // a 20 s preStop sleep outlasts the new pod's start (2 s) and first probe (< 10 s)
    ExperimentResult.VariantResult v = run(singleReplicaRecreate(SigtermBehaviour.DRAIN, 20));
    assertEquals(1.0, v.kpis().get("successRateDuringFault").mean(), 1e-3);
  }

  @Test
  void exitOnSigterm_resetsRequestsInHand() {
    Models m = singleReplicaRecreate(SigtermBehaviour.EXIT, 0);
    m.serviceTime = new io.kubesim.dist.Distribution.Constant(0.5);
    m.concurrency = 100;
    ExperimentResult.VariantResult v = run(m);
    assertTrue(v.failures().get("reset").mean() > 0, v.failures().toString());
  }

  @Test
  void readyEndpointsLeft_terminatingPodsGetNoNewConnections() {
    // six replicas: a deleted pod always leaves ready ones, so even keepServing's terminating
    // pod only keeps the connections it had (it serves nothing new once every proxy synced)
    Models m = new Models();
    m.sigterm = SigtermBehaviour.KEEP_SERVING;
    m.clientNodes = List.of("node-1");
    m.faults.add(new FaultConfig.Scale("down", 40, "web", 5));
    ExperimentResult.VariantResult v = run(m);
    assertEquals(1.0, v.kpis().get("successRateDuringFault").mean(), 1e-3);
    assertEquals(0, v.failures().get("noEndpoints").mean());
    // the scaled-down pod (the newest, web-5) got 1/6 of 600/s for 40 s; had kube-proxy kept
    // using it while terminating, 30 s more (about 3,000 requests)
    double served = v.pods().stream().filter(p -> p.pod().equals("web-5")).findFirst()
        .orElseThrow().served().mean();
    assertTrue(served > 3500 && served < 4600, "web-5 served " + served);
  }
}
