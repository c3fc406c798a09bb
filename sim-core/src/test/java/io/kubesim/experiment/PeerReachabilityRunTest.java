package io.kubesim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
