package io.kubesim.mesh;

import io.kubesim.cluster.Pod;
import java.util.Arrays;

/** A proxy's hosts in view order, with lookup by pod id. */
final class HostSet {
  private Host[] byId = new Host[16];
  Host[] hosts = new Host[0];
  int size;

  /** The host of {@code pod} while it is in view, else null. */
  Host get(Pod pod) {
    return pod.id < byId.length ? byId[pod.id] : null;
  }

  /**
   * A try to {@code pod} ended: its host (null if it left the view meanwhile) with one request
   * fewer in flight.
   */
  Host release(Pod pod) {
    Host h = get(pod);
    if (h != null && h.active > 0) {
      h.active--;
    }
    return h;
  }

  /**
   * Replaces the view with {@code view}; hosts that stay keep their state. Returns the hosts that
   * left (an array whose non-null prefix holds them).
   */
  Host[] update(Pod[] view) {
    Host[] old = Arrays.copyOf(hosts, size);
    Host[] next = new Host[view.length];
    long stamp = ++generation;
    for (int i = 0; i < view.length; i++) {
      Pod p = view[i];
      if (p.id >= byId.length) {
        byId = Arrays.copyOf(byId, Math.max(p.id + 1, 2 * byId.length));
        seen = Arrays.copyOf(seen, byId.length);
      }
      Host h = byId[p.id];
      if (h == null) {
        h = new Host(p);
        byId[p.id] = h;
      }
      seen[p.id] = stamp;
      next[i] = h;
    }
    Host[] removed = new Host[old.length];
    int r = 0;
    for (Host h : old) {
      if (seen[h.pod.id] != stamp) {
        byId[h.pod.id] = null;
        removed[r++] = h;
      }
    }
    hosts = next;
    size = next.length;
    return removed;
  }

  private long[] seen = new long[16];
  private long generation;
}
