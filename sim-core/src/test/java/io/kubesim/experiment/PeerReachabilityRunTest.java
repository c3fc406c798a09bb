package io.kubesim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesim.controlplane.ControlPlaneConfig;
import io.kubesim.dist.Distribution;
import io.kubesim.fault.FaultConfig;
import io.kubesim.fault.HostSelector;
import io.kubesim.probe.PeerReachabilityConfig;
import io.kubesim.probe.PeerReachabilityConfig.Action;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Peer reachability end to end: who is acted on, and what each action costs and saves. */
class PeerReachabilityRunTest {

  private static ExperimentResult.VariantResult run(Models m) {
    return ExperimentRunner.run(Models.experiment(150, 10, 1, 3,
        Models.variant("v", m.build())), 1, ProgressListener.none()).variants().get(0);
  }

  private static double kpi(ExperimentResult.VariantResult v, String key) {
    return v.kpis().get(key).mean();
  }

  private static Models grayPartition(Optional<PeerReachabilityConfig> agents) {
    Models m = new Models().grayPartition("node-3", 30, 90);
    m.peerReachability = agents;
    return m;
  }

  @Test
  void grayPartition_markUnready_takesThePodOutAfterTheFailureThreshold() {
    ExperimentResult.VariantResult none = run(grayPartition(Optional.empty()));
    ExperimentResult.VariantResult gate = run(grayPartition(
        Optional.of(PeerReachabilityConfig.defaults(Action.MARK_UNREADY))));
    // Without agents node-3 stays Ready and its pod in every endpoint list for the whole fault:
    // 10/36 of requests fail. Once the gate closes (3 rounds of 10 s), only node-3's own clients
    // (1/6 of requests) still fail, as they reach no other pod: about 25 s at 10/36 and 65 s at
    // 1/6 of the 90 s fault gives 0.80.
    double gated = kpi(gate, "successRateDuringFault");
    assertEquals(1 - 10.0 / 36, kpi(none, "successRateDuringFault"), 0.02);
    assertEquals(0.80, gated, 0.03);
    assertTrue(gated < 5.0 / 6);
    assertEquals(0, kpi(gate, "podsEvicted"));
  }

  @Test
  void grayPartition_taint_evictsThePodAndTheClients() {
    ExperimentResult.VariantResult taint = run(grayPartition(
        Optional.of(PeerReachabilityConfig.defaults(Action.TAINT))));
    assertEquals(1, kpi(taint, "podsEvicted"));
    ExperimentResult.VariantResult none = run(grayPartition(Optional.empty()));
    assertTrue(kpi(taint, "successRateDuringFault") > kpi(none, "successRateDuringFault") + 0.1);
  }

  @Test
  void controlPlanePartition_peersStillReachTheNode_soNothingIsDone() {
    Models m = new Models();
    m.faults.add(new FaultConfig.Partition("cp", 30, 90, HostSelector.ofNodes("node-3"),
        HostSelector.theControlPlane(), FaultConfig.Direction.BOTH));
    m.peerReachability = Optional.of(PeerReachabilityConfig.defaults(Action.TAINT));
    ExperimentResult.VariantResult v = run(m);
    // Only the node lifecycle controller acts (NotReady after the grace period), no taint.
    assertEquals(0, kpi(v, "podsEvicted"));
  }

  @Test
  void detection_isTheQuorumsOrderStatisticPlusTheFailureThreshold() {
    // Each peer's first probe round after the cut starts U[0, 10) s later; its verdict turns at
    // the end of its third failed round (+20 s, +1 s timeout). The controller needs 3 of the 5
    // peers (quorum 0.5): the 3rd smallest of 5 uniforms, mean 10 × 3/6 = 5 s, sd 1.89 s. With
    // instant endpoint propagation the pod leaves every view at 5 + 21 = 26 s on average; the
    // tolerance is 4 standard errors over the replications.
    Models m = new Models().grayPartition("node-3", 20, 60);
    m.rate = 60;
    m.controlPlane = new ControlPlaneConfig(5, 50, 300,
        new Distribution.Constant(0), new Distribution.Constant(0.1));
    m.peerReachability = Optional.of(PeerReachabilityConfig.defaults(Action.MARK_UNREADY));
    int reps = 100;
    ExperimentResult.VariantResult v = ExperimentRunner.run(Models.experiment(80, 10, reps, 9,
        Models.variant("v", m.build())), 2, ProgressListener.none()).variants().get(0);
    Estimate detection = v.kpis().get("detectionSeconds");
    assertEquals(reps, detection.n());
    assertEquals(26.0, detection.mean(), 4 * 1.89 / Math.sqrt(reps));
  }
}
