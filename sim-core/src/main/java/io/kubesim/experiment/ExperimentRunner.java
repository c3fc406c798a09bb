package io.kubesim.experiment;

import io.kubesim.config.ExperimentConfig;
import io.kubesim.engine.RandomStreams;
import io.kubesim.metrics.ReplicationOutput;
import io.kubesim.model.Replication;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;

/**
 * Runs every variant × replication of an experiment on a thread pool and summarises the results.
 *
 * <p>Replication {@code i} of every variant draws from substream {@code i} of each purpose's
 * stream (common random numbers), so variants are compared pairwise. Each task builds its own
 * streams and world; results are placed by (variant, replication) index and summarised in that
 * order, so the result is identical whatever the thread count.
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
    ExperimentConfig settings = experiment.settings();
    List<Variant> variants = experiment.variants();
    int reps = settings.replications();
    RandomStreams streams = new RandomStreams(settings.seed());
    ReplicationOutput[][] outputs = new ReplicationOutput[variants.size()][reps];
    Histogram[] pooled = new Histogram[variants.size()];
    for (int v = 0; v < pooled.length; v++) {
      pooled[v] = new Histogram(3_600_000_000L, 3);
    }
    int total = variants.size() * reps;
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
      Thread t = new Thread(r, "kubesim-replication");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int r = 0; r < reps; r++) {
        for (int v = 0; v < variants.size(); v++) {
          final int vi = v;
          final int ri = r;
          futures.add(pool.submit(() -> {
            ReplicationOutput out = Replication.run(
                variants.get(vi).model(), settings, streams.forReplication(ri), ri == 0);
            synchronized (pooled[vi]) {
              pooled[vi].add(out.latency());
            }
            outputs[vi][ri] = out.withoutLatency();
            progress.replicationsDone(done.incrementAndGet(), total);
          }));
        }
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
    return Summaries.summarise(experiment, outputs, pooled);
  }
}
