package io.kubesim.jmh;

import java.util.Arrays;

/**
 * What reading pods ahead buys the {@link LargeCluster} model, measured so that the host's noise
 * falls on both sides: one JVM runs replications alternately with and without the prefetching of
 * {@code traffic/PodPrefetcher} (the system property {@code kubesim.prefetch}, read when a
 * replication builds its clients), in the order ABBA, BAAB, … Separate JVMs, even side by side,
 * disagree by more than the effect on a host whose memory is shared with others. Prints each
 * run's wall-clock seconds, then the with/without ratio of every round and their median, the
 * first round left out as warm-up. Arguments: simulated seconds per run (default 120), rounds
 * (default 6), pods (default 150,000, 30 per node). Run with
 * {@code java -Xmx1g -XX:+UseParallelGC -cp jmh/target/benchmarks.jar io.kubesim.jmh.PrefetchPairs}.
 */
public final class PrefetchPairs {
  private PrefetchPairs() {}

  /** Runs the rounds and prints the ratios. */
  public static void main(String[] args) {
    LargeClusterRun run = LargeClusterRun.fromArgs(args, 120, 6);
    int rounds = run.count();
    if (rounds < 2) {
      throw new IllegalArgumentException("rounds must be at least 2 (the first is warm-up)");
    }
    double[] ratios = new double[rounds - 1];
    String before = System.getProperty("kubesim.prefetch");
    try {
      runRounds(run, ratios);
    } finally {
      if (before == null) {
        System.clearProperty("kubesim.prefetch");
      } else {
        System.setProperty("kubesim.prefetch", before);
      }
    }
    Arrays.sort(ratios);
    System.out.printf("%d pods, %.0f simulated s: median with/without %.3f (range %.3f to %.3f)%n",
        run.pods(), run.seconds(), ratios[ratios.length / 2], ratios[0], ratios[ratios.length - 1]);
  }

  private static void runRounds(LargeClusterRun run, double[] ratios) {
    for (int r = 0; r < run.count(); r++) {
      double[] wall = new double[2];
      StringBuilder line = new StringBuilder("round " + (r + 1) + ":");
      for (int k = 0; k < 2; k++) {
        boolean prefetch = (k == 0) == (r % 2 == 0);
        System.setProperty("kubesim.prefetch", Boolean.toString(prefetch));
        long start = System.nanoTime();
        run.replicate();
        int side = prefetch ? 1 : 0;
        wall[side] = (System.nanoTime() - start) / 1e9;
        line.append(String.format(" %s %.2f s", prefetch ? "with" : "without", wall[side]));
      }
      if (r > 0) {
        ratios[r - 1] = wall[1] / wall[0];
        line.append(String.format(", with/without %.3f", ratios[r - 1]));
      } else {
        line.append(" (warm-up)");
      }
      System.out.println(line);
    }
  }
}
