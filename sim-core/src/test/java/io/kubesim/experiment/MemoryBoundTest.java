package io.kubesim.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesim.config.ExperimentConfig;
import io.kubesim.engine.RandomStreams;
import io.kubesim.metrics.ReplicationOutput;
import io.kubesim.model.Replication;
import org.junit.jupiter.api.Test;

class MemoryBoundTest {
  private static ReplicationOutput run(double duration) {
    Models m = new Models().grayPartition("node-2", 20, 30);
    m.rate = 2000;
    return Replication.run(m.build(), new ExperimentConfig(duration, 5, 1, 1, 5),
        new RandomStreams(1).forReplication(0), false);
  }

  @Test
  void attemptObjects_growWithConcurrency_notWithRequests() {
    ReplicationOutput shortRun = run(60);
    ReplicationOutput longRun = run(600);
    assertTrue(longRun.outcomes().requests() > 9 * shortRun.outcomes().requests());
    assertTrue(longRun.attemptObjects() < 2 * shortRun.attemptObjects() + 50,
        shortRun.attemptObjects() + " vs " + longRun.attemptObjects());
    assertTrue(longRun.attemptObjects() < longRun.outcomes().requests() / 100);
  }
}
