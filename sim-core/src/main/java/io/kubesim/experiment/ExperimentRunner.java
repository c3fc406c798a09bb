package io.kubesim.experiment;

import io.kubesim.engine.RandomStreams;
import io.kubesim.model.Replication;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs every variant × replication of an experiment on a thread pool and summarises the results.
 *
 * <p>The work is cut into {@link ReplicationBlock}s, one per (variant, replication). Replication
 * {@code i} of every variant draws from substream {@code i} of each purpose's stream (common
 * random numbers), so variants are compared pairwise, and a block's output depends on its indexes
 * alone. {@link #blocks}, {@link #runBlock} and {@link BlockResults} let another engine (a Spark
 * cluster, say) run the same blocks anywhere, in any order, and get a byte-identical result.
 */
public final class ExperimentRunner {
  private ExperimentRunner() {}

  /**
   * Runs {@code experiment} on {@code threads} threads.
   *
   * @throws IllegalArgumentException if a variant's model cannot be built
   * @throws IllegalStateException if a replication fails
   */
  public static ExperimentResult run(Experiment experiment, int threads, ProgressListener progress) {
    List<ReplicationBlock> blocks = blocks(experiment);
    RandomStreams streams = new RandomStreams(experiment.settings().seed());
    BlockResults results = new BlockResults(experiment);
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
      Thread t = new Thread(r, "kubesim-replication");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (ReplicationBlock b : blocks) {
        futures.add(pool.submit(() -> {
          results.add(runBlock(experiment, streams, b));
          progress.blockDone(b, done.incrementAndGet(), blocks.size());
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IllegalArgumentException iae) {
        throw iae;
      }
      throw new IllegalStateException("a replication failed: " + cause, cause);
    } finally {
      pool.shutdownNow();
    }
    return results.summarise();
  }

  /**
   * The blocks of {@code experiment}, replication-major (every variant's replication 0 first), so
   * that a partial run has covered every variant evenly.
   */
  public static List<ReplicationBlock> blocks(Experiment experiment) {
    int variants = experiment.variants().size();
    int reps = experiment.settings().replications();
    List<ReplicationBlock> out = new ArrayList<>(variants * reps);
    for (int r = 0; r < reps; r++) {
      for (int v = 0; v < variants; v++) {
        out.add(new ReplicationBlock(out.size(), v, r));
      }
    }
    return out;
  }

  /**
   * Runs one block. {@code streams} must be the experiment's ({@code new
   * RandomStreams(settings.seed())}); the block takes its own substream of them.
   */
  public static BlockOutput runBlock(Experiment experiment, RandomStreams streams,
      ReplicationBlock block) {
    var out = Replication.run(experiment.variants().get(block.variant()).model(),
        experiment.settings(), streams.forReplication(block.replication()),
        block.replication() == 0);
    return BlockOutput.of(block, out);
  }
}
