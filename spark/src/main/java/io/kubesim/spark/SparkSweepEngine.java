package io.kubesim.spark;

import io.kubesim.experiment.BlockOutput;
import io.kubesim.experiment.BlockResults;
import io.kubesim.experiment.Experiment;
import io.kubesim.experiment.ExperimentResult;
import io.kubesim.experiment.ExperimentRunner;
import io.kubesim.experiment.ProgressListener;
import io.kubesim.experiment.ReplicationBlock;
import io.kubesim.scenarios.sweep.SweepEngine;
import io.kubesim.scenarios.sweep.SweepJob;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Runs a sweep on Apache Spark: the experiment's {@link ReplicationBlock}s become an RDD with one
 * partition, hence one task, per block; each task rebuilds the experiment from the broadcast
 * {@link SweepJob} (once per executor JVM) and runs its block from the block's own substreams;
 * the driver collects the {@link BlockOutput}s and summarises them with {@link BlockResults}, as
 * the local engine does. A retried or speculative task recomputes the same output, which is kept
 * once, so the result is byte-identical to the local engine's whatever the master, executor
 * count, partitioning or retries.
 *
 * <p>The master is {@code --master} if given, else the one {@code spark-submit} set
 * ({@code spark.master}), else {@code local[*]}. An embedded master runs without the web UI.
 */
public final class SparkSweepEngine implements SweepEngine {
  /** The engine's name. */
  public static final String NAME = "spark";

  /** The master used when neither {@code --master} nor {@code spark-submit} sets one. */
  public static final String DEFAULT_MASTER = "local[*]";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public ExperimentResult run(SweepJob job, Experiment experiment, Settings settings,
      ProgressListener progress) {
    List<ReplicationBlock> blocks = ExperimentRunner.blocks(experiment);
    SparkConf conf = new SparkConf().setAppName("kubesim sweep " + experiment.name());
    String master = settings.master().orElse(conf.get("spark.master", DEFAULT_MASTER));
    conf.setMaster(master);
    if (master.startsWith("local")) {
      conf.setIfMissing("spark.ui.enabled", "false");
    }
    try (JavaSparkContext spark = new JavaSparkContext(conf)) {
      spark.setLogLevel("WARN");
      AtomicInteger done = new AtomicInteger();
      spark.sc().addSparkListener(new SparkListener() {
        @Override
        public void onTaskEnd(SparkListenerTaskEnd end) {
          // One partition per block: the task's partition index is the block's index.
          int index = end.taskInfo().index();
          if (end.taskInfo().successful() && index < blocks.size()) {
            progress.blockDone(blocks.get(index), done.incrementAndGet(), blocks.size());
          }
        }
      });
      Broadcast<SweepJob> shared = spark.broadcast(job);
      List<BlockOutput> outputs = spark.parallelize(blocks, blocks.size())
          .map(new RunBlock(shared))
          .collect();
      BlockResults results = new BlockResults(experiment);
      outputs.forEach(results::add);
      return results.summarise();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw e;
    } catch (Exception e) {
      // Spark's Scala code throws the checked SparkException (a task failed for good) unchecked.
      throw new IllegalStateException("the Spark job failed: " + e.getMessage(), e);
    }
  }
}
