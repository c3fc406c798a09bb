package io.kubesim.experiment;

import io.kubesim.metrics.ReplicationOutput;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;

/**
 * What one {@link ReplicationBlock} produced, in a form that crosses process boundaries: the
 * replication's output without its latency histogram, and that histogram in HdrHistogram's
 * compressed encoding (a few kilobytes instead of the ~180 kB of its counts array), decoded only
 * when it is pooled.
 *
 * @param block the block it came from
 * @param output the replication's output, latency histogram removed
 * @param latency the latency histogram (µs), compressed
 */
public record BlockOutput(ReplicationBlock block, ReplicationOutput output, byte[] latency)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Canonical constructor: the output must not carry its histogram any more. */
  public BlockOutput {
    if (block == null || output == null || latency == null) {
      throw new IllegalArgumentException("a block output needs its block, output and latency");
    }
    if (output.latency() != null) {
      throw new IllegalArgumentException("the latency histogram travels compressed, not in output");
    }
  }

  /** Packs the output of {@code block}. */
  static BlockOutput of(ReplicationBlock block, ReplicationOutput out) {
    Histogram h = out.latency();
    ByteBuffer buffer = ByteBuffer.allocate(h.getNeededByteBufferCapacity());
    int length = h.encodeIntoCompressedByteBuffer(buffer);
    byte[] bytes = new byte[length];
    buffer.flip();
    buffer.get(bytes);
    return new BlockOutput(block, out.withoutLatency(), bytes);
  }

  /** The latency histogram, decoded. */
  Histogram latencyHistogram() {
    try {
      return Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(latency), 0);
    } catch (DataFormatException e) {
      throw new IllegalStateException("block " + block + ": corrupt latency histogram", e);
    }
  }
}
