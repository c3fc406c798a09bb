package io.kubesim.engine;

import java.util.EnumMap;
import java.util.SplittableRandom;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.rng.RandomStream;

/**
 * The random streams of an experiment, one MRG32k3a stream per {@link StreamPurpose}.
 *
 * <p>Design notes. Common random numbers (Law, <i>Simulation Modeling and Analysis</i>, §11.2):
 * replication {@code i} of every variant uses substream {@code i} of each purpose's stream, so
 * variants see the same arrivals, service demands and latencies and their paired difference has a
 * small variance. Streams and substreams are L'Ecuyer et al.'s (2002) MRG32k3a as implemented by
 * SSJ, whose substreams are 2^76 draws apart. The base streams are created once from the seed;
 * each replication clones them and jumps to its substream, so results do not depend on which
 * thread runs which replication. A replication draws through {@link Mrg32k3aStream}, which gives
 * SSJ's numbers bit for bit, faster.
 */
public final class RandomStreams {
  private final EnumMap<StreamPurpose, MRG32k3a> base = new EnumMap<>(StreamPurpose.class);

  /** Creates the base streams of an experiment from its master seed. */
  public RandomStreams(long seed) {
    SplittableRandom mix = new SplittableRandom(seed);
    long[] packageSeed = new long[6];
    for (int i = 0; i < 6; i++) {
      long m = i < 3 ? Mrg32k3aStream.M1 : Mrg32k3aStream.M2;
      packageSeed[i] = 1 + Math.floorMod(mix.nextLong(), m - 1);
    }
    synchronized (MRG32k3a.class) {
      MRG32k3a.setPackageSeed(packageSeed);
      for (StreamPurpose p : StreamPurpose.values()) {
        MRG32k3a s = new MRG32k3a();
        s.resetStartStream();
        base.put(p, s);
      }
    }
  }

  /** The streams of replication {@code index} (0-based): substream {@code index} of each. */
  public ReplicationStreams forReplication(int index) {
    EnumMap<StreamPurpose, RandomStream> streams = new EnumMap<>(StreamPurpose.class);
    for (var e : base.entrySet()) {
      MRG32k3a s = e.getValue().clone();
      s.resetStartStream();
      for (int i = 0; i < index; i++) {
        s.resetNextSubstream();
      }
      streams.put(e.getKey(), new Mrg32k3aStream(s));
    }
    return new ReplicationStreams(streams);
  }

  /** The SSJ stream of {@code purpose} at its start, as created from the seed (for tests). */
  MRG32k3a baseStream(StreamPurpose purpose) {
    return base.get(purpose);
  }

  /** One replication's streams, by purpose. */
  public static final class ReplicationStreams {
    private final EnumMap<StreamPurpose, RandomStream> streams;

    ReplicationStreams(EnumMap<StreamPurpose, RandomStream> streams) {
      this.streams = streams;
    }

    /** The stream for {@code purpose}. */
    public RandomStream stream(StreamPurpose purpose) {
      return streams.get(purpose);
    }
  }
}
