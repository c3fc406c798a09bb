package io.kubesim.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesim.probe.ProbeCheck;
import org.junit.jupiter.api.Test;

class HeadlineTest {
  @Test
  void smoke() {
    Models base = new Models().grayPartition("node-3", 60, 120);
    Models thr = new Models().grayPartition("node-3", 60, 120);
    thr.readiness = new ProbeCheck.Throughput(300, ProbeCheck.Readmission.NONE, 0);
    long t0 = System.nanoTime();
    ExperimentResult r = ExperimentRunner.run(Models.experiment(300, 30, 4, 42,
        Models.variant("default", base.build()), Models.variant("throughput", thr.build())), 2,
        ProgressListener.none());
    System.out.println("wall " + (System.nanoTime() - t0) / 1e9);
    for (var v : r.variants()) {
      System.out.println(v.name() + " " + v.kpis());
      System.out.println(v.failures());
    }
    System.out.println(r.comparisons());
    assertTrue(true);
  }
}
