package io.kubesim.cluster;

import io.kubesim.traffic.Attempt;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;

/**
 * The completion events of every pod server's services in progress, in one pool per replication:
 * a service takes one when it starts and gives it back when it ends, last given back first taken.
 * The pool holds as many events as services were ever in progress at once, and those it hands out
 * were used moments ago (still in the cache), where events owned by each pod's workers would be
 * cold objects among hundreds of thousands in a large cluster.
 *
 * <p>An event's identity carries no meaning: the event list orders events by (time, priority,
 * sequence of scheduling), so which pooled object a service gets does not change any result.
 */
public final class ServiceCompletions {
  private final Simulator sim;
  private Completion[] free = new Completion[16];
  private int freeCount;
  private int created;

  /** An empty pool of events for {@code sim}. */
  public ServiceCompletions(Simulator sim) {
    this.sim = sim;
  }

  Completion take(PodServer server, Attempt attempt, boolean probeHandler) {
    Completion c;
    if (freeCount > 0) {
      c = free[--freeCount];
      free[freeCount] = null;
    } else {
      c = new Completion(sim);
      created++;
    }
    c.server = server;
    c.attempt = attempt;
    c.probeHandler = probeHandler;
    return c;
  }

  /**
   * {@code c} has fired or been cancelled: back into the pool. Its fields are left as they are
   * ({@link #take} and the server set every one of them again): they only point at servers and
   * pooled attempts, which live as long as the replication anyway.
   */
  void giveBack(Completion c) {
    if (freeCount == free.length) {
      free = java.util.Arrays.copyOf(free, 2 * free.length);
    }
    free[freeCount++] = c;
  }

  /** Events made so far: the peak number of services in progress at once. */
  int created() {
    return created;
  }

  /** The end of one service at a pod's server: a worker's or a dedicated probe handler's. */
  static final class Completion extends Event {
    PodServer server;
    Attempt attempt;
    boolean probeHandler;
    /** Neighbours in the server's list of services in progress (newer, older). */
    Completion previous;
    Completion next;

    Completion(Simulator sim) {
      super(sim);
    }

    @Override
    public void actions() {
      server.complete(this);
    }
  }
}
