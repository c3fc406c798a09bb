package io.kubesim.model;

import java.util.ArrayDeque;

/** Free attempts, reused; the pool grows to the peak number of attempts in flight. */
final class AttemptPool {
  private final World world;
  private final ArrayDeque<Attempt> free = new ArrayDeque<>();
  private int created;

  AttemptPool(World world) {
    this.world = world;
  }

  Attempt take() {
    Attempt a = free.pollFirst();
    if (a == null) {
      a = new Attempt(world);
      created++;
    }
    a.inPool = false;
    a.reset();
    return a;
  }

  /** Returns {@code a} if neither side holds it and none of its events is pending. */
  void releaseIfIdle(Attempt a) {
    if (!a.inPool && a.clientDone && !a.atServer && !Timer.pending(a) && !Timer.pending(a.deadlineEvent)) {
      a.client = null;
      a.probe = null;
      a.pod = null;
      a.inPool = true;
      free.addFirst(a);
    }
  }

  int created() {
    return created;
  }
}
