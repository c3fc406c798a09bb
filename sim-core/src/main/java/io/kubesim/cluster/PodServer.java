package io.kubesim.cluster;

import io.kubesim.dist.Distribution;
import io.kubesim.traffic.Attempt;
import io.kubesim.traffic.RequestPath;
import io.kubesim.world.World;

/**
 * A pod's server as a queueing station: {@code c} workers and a FIFO queue of at most {@code K}
 * waiting attempts (M/G/c/c+K when arrivals are Poisson). An attempt that finds the queue full is
 * answered 503 at once. The server does not know when a client has given up: it still serves an
 * abandoned attempt, as real servers without request cancellation do.
 *
 * <p>With {@code probeHandling: dedicated}, probes bypass the workers and the queue: each is
 * answered by a handler of its own, as many at once as arrive.
 *
 * <p>Design notes. This is the superclass of {@link Pod} (a pod is its own server), and besides
 * the station it declares the pod's fields that every request reads: where it runs, its phase,
 * its container's state and epoch, the slowdown and extra latency of a gray failure, and what it
 * served. The JVM lays a superclass's fields out first, so these share the object's first two
 * cache lines (three at some addresses) with the station's. In a large cluster the pod a request reaches has long left
 * the cache; as one object, with its hot fields together, it costs one miss instead of a pod's
 * two or three lines and then, dependent on it, a separate server object's.
 */
public abstract class PodServer {
  final World world;
  private final ServiceCompletions completions;
  private final int concurrency;
  private final int capacity;
  private final boolean dedicatedProbes;
  private final Distribution serviceTime;
  private final Distribution probeServiceTime;
  private final WarmCacheConfig warmCache;

  // the pod's fields that requests read (see the class notes)
  /**
   * {@code node.host}, or −1 while pending: the request path reads it from the pod it already
   * holds, saving a visit to the node object (a cache miss per request in a large cluster).
   */
  public int host = -1;
  public Pod.Phase phase = Pod.Phase.PENDING;
  public boolean containerUp;
  public boolean listening;
  public int containerEpoch;
  double containerStartTime;
  /** Gray failure: service times are multiplied by this, then {@link #extraLatency} added. */
  public double slowdown = 1;
  public Distribution extraLatency;
  /** Requests (not probes) served to the end. */
  public long served;

  /** Workers serving an attempt (dedicated probe handlers are not counted). */
  private int busy;
  /**
   * The services in progress, workers' and probe handlers', most recently started first: a list
   * linked through their completion events, which come from the replication's pool, so that a
   * server keeps no event objects of its own (two per pod in a large cluster, each a cache miss
   * when a request reaches it).
   */
  private ServiceCompletions.Completion inService;
  /** The queue of a server that has never queued: most of a large cluster's pods. */
  private static final Attempt[] NO_QUEUE = new Attempt[0];

  /** Waiting attempts, a ring from {@code head}; allocated on the first wait, then doubled. */
  private Attempt[] queue;
  private int head;
  private int size;

  PodServer(World world, PodTemplate template) {
    ServerConfig config = template.server();
    this.world = world;
    this.completions = world.completions;
    this.concurrency = config.concurrency();
    this.capacity = config.queueCapacity();
    this.queue = NO_QUEUE;
    this.dedicatedProbes = config.probeHandling() == ServerConfig.ProbeHandling.DEDICATED;
    this.serviceTime = config.serviceTime();
    this.probeServiceTime = config.probeServiceTime();
    this.warmCache = template.warmCache().orElse(null);
  }

  /**
   * Reads the fields a request reads from the pod, and returns a number made of them that means
   * nothing: called ahead of the request, it brings them into the cache. Changes nothing.
   */
  public int prefetch() {
    return host + containerEpoch + (int) served + (phase == Pod.Phase.RUNNING ? 1 : 0)
        + (extraLatency == null ? 0 : 1) + concurrency + busy + size
        + (inService == null ? 0 : 1);
  }

  int busy() {
    return busy;
  }

  int queued() {
    return size;
  }

  /** Accepts an attempt that reached the pod: serve now, queue, or answer 503. */
  public void offer(Attempt a) {
    if (dedicatedProbes && a.isProbe()) {
      a.atServer = true;
      start(a, true);
    } else if (busy < concurrency) {
      busy++;
      a.atServer = true;
      start(a, false);
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

  /** Starts serving {@code a} on a worker, or on a dedicated probe handler. */
  private void start(Attempt a, boolean probeHandler) {
    ServiceCompletions.Completion c = completions.take(this, a, probeHandler);
    c.previous = null;
    c.next = inService;
    if (inService != null) {
      inService.previous = c;
    }
    inService = c;
    double now = world.now();
    double s = serviceSeconds(a, now);
    c.schedule(s);
    RequestPath.onServiceStart(a, now + s);
  }

  /**
   * Service time of {@code a} if it starts now: its demand (drawn by inversion from the uniform
   * the attempt carries, so variants stay synchronised) × cold-cache × fault slowdown + extra.
   */
  private double serviceSeconds(Attempt a, double now) {
    double s;
    if (a.isProbe()) {
      s = probeServiceTime.quantile(a.demandU);
    } else {
      s = serviceTime.quantile(a.demandU, a.demandExp);
      if (warmCache != null) {
        s *= warmCache.slowdownAfter(now - containerStartTime);
      }
    }
    s *= slowdown;
    if (extraLatency != null) {
      s += extraLatency.sample(world.faultStream);
    }
    return s;
  }

  private void unlink(ServiceCompletions.Completion c) {
    if (c.previous != null) {
      c.previous.next = c.next;
    } else {
      inService = c.next;
    }
    if (c.next != null) {
      c.next.previous = c.previous;
    }
  }

  void complete(ServiceCompletions.Completion c) {
    Attempt a = c.attempt;
    boolean probeHandler = c.probeHandler;
    unlink(c);
    completions.giveBack(c);
    a.atServer = false;
    if (!a.isProbe()) {
      served++;
    }
    if (!probeHandler) {
      if (size > 0) {
        start(dequeue(), false);
      } else {
        busy--;
      }
    }
    RequestPath.onServed(a);
  }

  /**
   * The container died: every attempt in service or queued loses its connection, those on
   * dedicated probe handlers first, then those on workers, each group in the order its service
   * started, then the queue. Attempts are handed to {@code onLost} after the server has let go of
   * all of them.
   */
  void abortAll(boolean sendReset) {
    int n = 0;
    ServiceCompletions.Completion oldest = null;
    for (ServiceCompletions.Completion c = inService; c != null; c = c.next) {
      n++;
      oldest = c;
    }
    Attempt[] lost = new Attempt[n + size];
    int k = 0;
    for (int pass = 0; pass < 2; pass++) {
      boolean probeHandlers = pass == 0;
      for (ServiceCompletions.Completion c = oldest; c != null; c = c.previous) {
        if (c.probeHandler == probeHandlers) {
          lost[k++] = c.attempt;
        }
      }
    }
    ServiceCompletions.Completion c = inService;
    while (c != null) {
      ServiceCompletions.Completion next = c.next;
      c.cancel();
      completions.giveBack(c);
      c = next;
    }
    inService = null;
    busy = 0;
    while (size > 0) {
      lost[k++] = dequeue();
    }
    for (int i = 0; i < k; i++) {
      lost[i].atServer = false;
      RequestPath.onConnectionLost(lost[i], sendReset);
    }
  }
}
