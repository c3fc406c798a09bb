package io.kubesim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesim.controlplane.ControlPlaneConfig;
import io.kubesim.dist.Distribution;
import io.kubesim.experiment.ExperimentResult;
import io.kubesim.experiment.ExperimentRunner;
import io.kubesim.experiment.Models;
import io.kubesim.experiment.ProgressListener;
import io.kubesim.fault.FaultConfig;
import io.kubesim.fault.HostSelector;
import io.kubesim.network.SynRetransmission;
import io.kubesim.probe.ProbeCheck;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Timing arithmetic of probes, the node lifecycle controller and TCP, checked replication by
 * replication against the bounds the configuration implies.
 */
class TimingValidationTest {
  private static final double PROPAGATION = 0.7;

  private static Models withConstantPropagation() {
    Models m = new Models();
    m.controlPlane = new ControlPlaneConfig(5, 50, 300, new Distribution.Constant(PROPAGATION),
        new Distribution.Constant(0.1));
    return m;
  }

  private static double[] detectionPerReplication(Models m, int reps) {
    double[] out = new double[reps];
    for (int r = 0; r < reps; r++) {
      ExperimentResult res = ExperimentRunner.run(Models.experiment(400, 10, 1, 100 + r,
          Models.variant("v", m.build())), 1, ProgressListener.none());
      out[r] = res.variants().get(0).kpis().get("detectionSeconds").mean();
    }
    return out;
  }

  @Test
  void throughputCheckedPod_leavesEveryView_withinProbeAndPropagationBounds() {
    // Clients elsewhere: the partitioned pod gets no request once the fault starts. The first
    // probe after the fault still counts pre-fault requests, so three consecutive failures take
    // between 2 and 4 periods; then propagation and at most one minSyncPeriod.
    Models m = withConstantPropagation().grayPartition("node-3", 100, 200);
    m.clientNodes = List.of("node-1", "node-2", "node-4", "node-5", "node-6");
    m.readiness = new ProbeCheck.Throughput(1, ProbeCheck.Readmission.NONE, 0);
    double period = 10;
    double lo = 2 * period + PROPAGATION;
    double hi = 4 * period + 1 + PROPAGATION + 1;
    for (double d : detectionPerReplication(m, 8)) {
      assertTrue(d >= lo && d <= hi, "detection " + d + " outside [" + lo + ", " + hi + "]");
    }
  }

  @Test
  void fullyCutNode_becomesNotReadyAfterTheGracePeriod_andItsPodsLeaveEveryView() {
    // Last heartbeat h in (T − 10, T]; NotReady at the first 5 s monitor tick after h + 50.
    Models m = withConstantPropagation();
    m.faults.add(new FaultConfig.Partition("cut-off", 100, 250, HostSelector.ofNodes("node-3"),
        new HostSelector(List.of(), List.of(), true, true, true), FaultConfig.Direction.BOTH));
    double lo = 50 - 10 + PROPAGATION;
    double hi = 50 + 5 + PROPAGATION + 1;
    for (double d : detectionPerReplication(m, 8)) {
      assertTrue(d > lo && d <= hi, "detection " + d + " outside (" + lo + ", " + hi + "]");
    }
  }

  @Test
  void cutOffNode_podsEvictedAfterToleration() {
    Models m = withConstantPropagation();
    m.faults.add(new FaultConfig.Partition("cut-off", 50, Double.POSITIVE_INFINITY,
        HostSelector.ofNodes("node-2"),
        new HostSelector(List.of(), List.of(), true, true, true), FaultConfig.Direction.BOTH));
    ExperimentResult early = ExperimentRunner.run(Models.experiment(50 + 40 + 300, 10, 2, 9,
        Models.variant("v", m.build())), 1, ProgressListener.none());
    assertEquals(0, early.variants().get(0).kpis().get("podsEvicted").mean());
    ExperimentResult late = ExperimentRunner.run(Models.experiment(50 + 55 + 300 + 1, 10, 2, 9,
        Models.variant("v", m.build())), 1, ProgressListener.none());
    assertEquals(1, late.variants().get(0).kpis().get("podsEvicted").mean());
  }

  @Test
  void synRetransmissions_followLinuxDefaults() {
    double[] expected = {1, 3, 7, 15, 31, 63};
    for (int k = 1; k <= 6; k++) {
      assertEquals(expected[k - 1], SynRetransmission.sendTime(1, k), 1e-12);
    }
    assertEquals(127, SynRetransmission.giveUpTime(1, 6), 1e-12);
  }
}
