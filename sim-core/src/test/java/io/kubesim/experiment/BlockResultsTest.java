package io.kubesim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kubesim.engine.RandomStreams;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Blocks run anywhere: serialised and deserialised, delivered in any order and some twice, they
 * summarise to exactly what the thread-pool runner gives.
 */
class BlockResultsTest {
  private static Experiment experiment() {
    Models base = new Models().grayPartition("node-2", 20, 30);
    Models thr = new Models().grayPartition("node-2", 20, 30);
    thr.readiness = new io.kubesim.probe.ProbeCheck.Throughput(20,
        io.kubesim.probe.ProbeCheck.Readmission.AFTER, 10);
    return Models.experiment(60, 5, 3, 11, Models.variant("default", base.build()),
        Models.variant("throughput", thr.build()));
  }

  private static BlockOutput roundTrip(BlockOutput out) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream o = new ObjectOutputStream(bytes)) {
      o.writeObject(out);
    }
    try (ObjectInputStream in = new ObjectInputStream(
        new ByteArrayInputStream(bytes.toByteArray()))) {
      return (BlockOutput) in.readObject();
    }
  }

  @Test
  void serialisedBlocks_inAnyOrder_withARetry_summariseToTheRunnersResult() throws Exception {
    Experiment e = experiment();
    ExperimentResult expected = ExperimentRunner.run(e, 2, ProgressListener.none());
    RandomStreams streams = new RandomStreams(e.settings().seed());
    List<BlockOutput> outputs = new ArrayList<>();
    for (ReplicationBlock b : ExperimentRunner.blocks(e)) {
      outputs.add(roundTrip(ExperimentRunner.runBlock(e, streams, b)));
    }
    Collections.shuffle(outputs, new Random(3));
    BlockResults results = new BlockResults(e);
    outputs.forEach(results::add);
    assertFalse(results.add(roundTrip(ExperimentRunner.runBlock(e, streams,
        outputs.get(0).block()))), "a retried block is kept once");
    assertEquals(expected, results.summarise());
  }

  @Test
  void summarise_withABlockMissing_fails() {
    Experiment e = experiment();
    assertThrows(IllegalStateException.class, () -> new BlockResults(e).summarise());
  }
}
