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
 *
 * <p>With {@code probeHandling: dedicated}, probes bypass the workers and the queue: each is
 * answered by a handler of its own, as many at once as arrive.
 */
public final class PodServer {
  private final Pod pod;
  private final World world;
  /**
   * The idle workers, a stack linked through {@link Worker#nextIdle} (last freed on top): taking
   * or freeing one touches only this server and that worker, no array of its own.
   */
  private Worker idle;
  private int idleCount;
  private final Worker[] allWorkers;
  private final int capacity;
  private final boolean dedicatedProbes;
  /**
   * Handlers of probes in service and idle ones for reuse (dedicated probe handling only; null
   * otherwise, which saves two objects per pod in a large cluster).
   */
  private final java.util.ArrayList<Worker> probeHandlers;
  private final java.util.ArrayList<Worker> idleProbeHandlers;
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
    this.allWorkers = new Worker[concurrency];
    for (int i = 0; i < concurrency; i++) {
      allWorkers[i] = new Worker(world.sim, this);
    }
    for (int i = 0; i < concurrency; i++) {
      release(allWorkers[i]);
    }
    this.queue = NO_QUEUE;
    this.dedicatedProbes = pod.template.server().probeHandling()
        == ServerConfig.ProbeHandling.DEDICATED;
    this.probeHandlers = dedicatedProbes ? new java.util.ArrayList<>(0) : null;
    this.idleProbeHandlers = dedicatedProbes ? new java.util.ArrayList<>(0) : null;
  }

  int busy() {
    return allWorkers.length - idleCount;
  }

  /** {@code w} is idle again: on top of the stack. */
  private void release(Worker w) {
    w.nextIdle = idle;
    idle = w;
    idleCount++;
  }

  /** The idle worker on top of the stack, taken off it (there is one: {@code idleCount > 0}). */
  private Worker takeIdle() {
    Worker w = idle;
    idle = w.nextIdle;
    w.nextIdle = null;
    idleCount--;
    return w;
  }

  int queued() {
    return size;
  }

  /** Accepts an attempt that reached the pod: serve now, queue, or answer 503. */
  public void offer(Attempt a) {
    if (dedicatedProbes && a.isProbe()) {
      Worker h = idleProbeHandlers.isEmpty() ? new Worker(world.sim, this, true)
          : idleProbeHandlers.remove(idleProbeHandlers.size() - 1);
      probeHandlers.add(h);
      a.atServer = true;
      start(h, a);
    } else if (idleCount > 0) {
      a.atServer = true;
      start(takeIdle(), a);
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
    if (w.probeHandler) {
      probeHandlers.remove(w);
      idleProbeHandlers.add(w);
    } else if (size > 0) {
      start(w, dequeue());
    } else {
      release(w);
    }
    RequestPath.onServed(a);
  }

  /**
   * The container died: every attempt in service or queued loses its connection. Attempts are
   * handed to {@code onLost} after the server has let go of all of them.
   */
  void abortAll(boolean sendReset) {
    int n = allWorkers.length - idleCount;
    Attempt[] lost = new Attempt[n + size + (dedicatedProbes ? probeHandlers.size() : 0)];
    int k = 0;
    if (dedicatedProbes) {
      for (Worker h : probeHandlers) {
        h.cancel();
        lost[k++] = h.attempt;
        h.attempt = null;
        idleProbeHandlers.add(h);
      }
      probeHandlers.clear();
    }
    for (Worker w : allWorkers) {
      if (w.attempt != null) {
        w.cancel();
        lost[k++] = w.attempt;
        w.attempt = null;
        release(w);
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
    final boolean probeHandler;
    Attempt attempt;
    /** The next worker down the server's idle stack, while this one is on it. */
    Worker nextIdle;

    Worker(Simulator sim, PodServer server) {
      this(sim, server, false);
    }

    Worker(Simulator sim, PodServer server, boolean probeHandler) {
      super(sim);
      this.server = server;
      this.probeHandler = probeHandler;
    }

    @Override
    public void actions() {
      server.complete(this);
    }
  }
}
