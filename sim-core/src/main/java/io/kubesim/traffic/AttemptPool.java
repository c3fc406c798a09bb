package io.kubesim.traffic;

import io.kubesim.engine.Timer;
import io.kubesim.world.World;
import java.util.ArrayDeque;

/** Free attempts, reused; the pool grows to the peak number of attempts in flight. */
public final class AttemptPool {
  private final World world;
  private final ArrayDeque<Attempt> free = new ArrayDeque<>();
  private int created;

  public AttemptPool(World world) {
    this.world = world;
  }

  public Attempt take() {
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
  public void releaseIfIdle(Attempt a) {
    if (!a.inPool && a.clientDone && !a.atServer && !Timer.pending(a) && !Timer.pending(a.deadlineEvent)) {
      a.client = null;
      a.probe = null;
      a.pod = null;
      a.inPool = true;
      free.addFirst(a);
    }
  }

  public int created() {
    return created;
  }
}
