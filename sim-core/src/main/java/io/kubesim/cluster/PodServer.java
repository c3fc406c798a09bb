package io.kubesim.cluster;

import io.kubesim.traffic.Attempt;
import io.kubesim.traffic.RequestPath;
import io.kubesim.world.World;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;

/**
 * A pod's server as a queueing station: {@code c} workers and a FIFO queue of at most {@code K}
 * waiting attempts (M/G/c/c+K when arrivals are Poisson). An attempt that finds the queue full is
 * answered 503 at once. The server does not know when a client has given up: it still serves an
 * abandoned attempt, as real servers without request cancellation do.
 */
public final class PodServer {
  private final Pod pod;
  private final World world;
  private final Worker[] idle;
  private final Worker[] allWorkers;
  private int idleCount;
  private final int capacity;
  /** The queue of a server that has never queued: most of a large cluster's pods. */
  private static final Attempt[] NO_QUEUE = new Attempt[0];

  /** Waiting attempts, a ring from {@code head}; allocated on the first wait, then doubled. */
  private Attempt[] queue;
  private int head;
  private int size;

  PodServer(World world, Pod pod, int concurrency, int capacity) {
    this.world = world;
    this.pod = pod;
    this.capacity = capacity;
    this.idle = new Worker[concurrency];
    for (int i = 0; i < concurrency; i++) {
      idle[i] = new Worker(world.sim, this);
    }
    this.allWorkers = idle.clone();
    this.idleCount = concurrency;
    this.queue = NO_QUEUE;
  }

  int busy() {
    return idle.length - idleCount;
  }

  int queued() {
    return size;
  }

  /** Accepts an attempt that reached the pod: serve now, queue, or answer 503. */
  public void offer(Attempt a) {
    if (idleCount > 0) {
      a.atServer = true;
      start(idle[--idleCount], a);
    } else if (size < capacity) {
      a.atServer = true;
      enqueue(a);
      RequestPath.armDeadline(a);
    } else {
      RequestPath.rejectFull(a);
    }
  }

  private void enqueue(Attempt a) {
    if (size == queue.length) {
      Attempt[] bigger = new Attempt[Math.max(4, queue.length * 2)];
      for (int i = 0; i < size; i++) {
        bigger[i] = queue[(head + i) % queue.length];
      }
      queue = bigger;
      head = 0;
    }
    queue[(head + size) % queue.length] = a;
    size++;
  }

  private Attempt dequeue() {
    Attempt a = queue[head];
    queue[head] = null;
    head = (head + 1) % queue.length;
    size--;
    return a;
  }

  private void start(Worker w, Attempt a) {
    w.attempt = a;
    double now = world.now();
    double s = pod.serviceSeconds(a, now);
    w.schedule(s);
    RequestPath.onServiceStart(a, now + s);
  }

  void complete(Worker w) {
    Attempt a = w.attempt;
    w.attempt = null;
    a.atServer = false;
    if (!a.isProbe()) {
      pod.served++;
    }
    if (size > 0) {
      start(w, dequeue());
    } else {
      idle[idleCount++] = w;
    }
    RequestPath.onServed(a);
  }

  /**
   * The container died: every attempt in service or queued loses its connection. Attempts are
   * handed to {@code onLost} after the server has let go of all of them.
   */
  void abortAll(boolean sendReset) {
    int n = idle.length - idleCount;
    Attempt[] lost = new Attempt[n + size];
    int k = 0;
    for (Worker w : allWorkers) {
      if (w.attempt != null) {
        w.cancel();
        lost[k++] = w.attempt;
        w.attempt = null;
        idle[idleCount++] = w;
      }
    }
    while (size > 0) {
      lost[k++] = dequeue();
    }
    for (int i = 0; i < k; i++) {
      lost[i].atServer = false;
      RequestPath.onConnectionLost(lost[i], sendReset);
    }
  }

  /** One worker: its event is the completion of the attempt it serves. */
  static final class Worker extends Event {
    final PodServer server;
    Attempt attempt;

    Worker(Simulator sim, PodServer server) {
      super(sim);
      this.server = server;
    }

    @Override
    public void actions() {
      server.complete(this);
    }
  }
}
