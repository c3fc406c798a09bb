package io.kubesim.traffic;

import io.kubesim.cluster.Pod;
import io.kubesim.engine.Timer;
import io.kubesim.mesh.Mesh;
import io.kubesim.mesh.MeshOutcome;
import io.kubesim.mesh.MeshRetryPolicy;
import io.kubesim.metrics.FailureCause;
import io.kubesim.network.DataRetransmission;
import io.kubesim.network.Network;
import io.kubesim.network.NetworkConfig;
import io.kubesim.network.SynRetransmission;
import io.kubesim.probe.ProbeWorker;
import io.kubesim.world.World;

/**
 * The path of an attempt: backend choice, TCP connection set-up, delivery to the pod, the
 * response, and the client's verdict (success, failure cause, retry).
 *
 * <p>Design notes (TCP). A connection needs both directions between every pair of hosts on its
 * path (client → ingress node → pod's node). If a SYN or its SYN-ACK is dropped — a cut, a crashed
 * host, a lost packet, a pod IP that no longer exists — the client retransmits the SYN after 1, 2,
 * 4 … s (Linux: {@code tcp_syn_retries} = 6 retransmissions, giving up 127 s after the first SYN),
 * until its connect timeout. A reachable host with nothing listening answers RST at once
 * (refused). Once connected, a data segment (the request, or the response) that meets a cut or
 * is lost is retransmitted after the RTO, doubling per expiry ({@link DataRetransmission}): a
 * partition that heals before the client's deadline delivers it at the first retransmission
 * after the heal; one that outlasts the deadline is noticed only at the deadline (or when
 * {@code tcp_retries2} gives up first). See RFC 6298, tcp(7) and the Linux {@code ip-sysctl}
 * documentation.
 *
 * <p>Simplifications, chosen for speed and stated here: one hop latency is drawn per attempt and
 * used for every hop of that attempt (SYN, SYN-ACK, request, response); reachability is checked
 * when a packet leaves, so a partition that starts during a sub-millisecond hop is not seen; a
 * successful response's arrival is computed when the pod finishes rather than scheduled.
 *
 * <p>Cost. On the common path (reachable, no loss, a free worker, in time) an attempt schedules
 * one delivery event and one service-completion event, and no deadline event: the deadline is
 * armed only when the attempt waits in a queue, or its response would come too late or never.
 */
public final class RequestPath {
  private static final int CONNECT_TIMEOUT = FailureCause.CONNECT_TIMEOUT.ordinal();
  private static final int REQUEST_TIMEOUT = FailureCause.REQUEST_TIMEOUT.ordinal();
  private static final int REFUSED = FailureCause.REFUSED.ordinal();
  private static final int RESET = FailureCause.RESET.ordinal();
  private static final int NO_ENDPOINTS = FailureCause.NO_ENDPOINTS.ordinal();
  private static final int UNAVAILABLE = FailureCause.SERVICE_UNAVAILABLE.ordinal();
  private static final int DNS_FAILURE = FailureCause.DNS_FAILURE.ordinal();

  private RequestPath() {}

  /** Starts an attempt now: pick a backend (unless it is pinned) and connect. */
  static void startAttempt(Attempt a) {
    World w = a.world;
    Client c = a.client;
    double now = w.now();
    a.attemptStart = now;
    // A mesh proxy's retries share the application's deadline; a client's own retries do not.
    a.deadline = (c.mesh == null ? now : a.firstStart) + c.config.requestTimeoutSeconds();
    a.connectDeadline = Math.min(a.deadline, now + c.connectTimeoutSeconds);
    a.demandU = w.serviceStream.nextDouble();
    a.demandExp = w.serviceStream.lastVariate();
    a.hopSeconds = w.latencyStream.nextVariate();
    a.connected = false;
    a.synSent = 0;
    a.reusedConnection = false;
    a.resolving = false;
    a.resolved = false;
    a.connectStart = now;
    if (a.pod == null) {
      int route = c.route(a);
      if (route == Client.NEEDS_LOOKUP) {
        if (!w.dns.resolve(a)) {
          return;
        }
        a.resolved = true;
        route = c.route(a);
      }
      if (route == Client.NO_BACKEND) {
        failNoBackend(a);
        return;
      }
    } else if (c.external) {
      a.viaNode = a.pod.host;
    }
    connect(a);
  }

  /** The cluster DNS answered: pick a backend and connect. */
  private static void afterResolution(Attempt a) {
    World w = a.world;
    w.dns.onAnswer(a);
    a.resolved = true;
    // the lookup's connect deadline is re-armed by the connection set-up as it needs
    if (Timer.pending(a.deadlineEvent)) {
      a.deadlineEvent.cancel();
    }
    a.connectStart = w.now();
    if (a.client.route(a) == Client.NO_BACKEND) {
      failNoBackend(a);
      return;
    }
    connect(a);
  }

  /** The node routes the attempt's new connection nowhere: REJECT (refused at once) or DROP. */
  private static void failNoBackend(Attempt a) {
    if (a.client.dropped(a)) {
      // internalTrafficPolicy Local, no local endpoint: kube-proxy's DROP rule eats the SYNs
      failAt(a, CONNECT_TIMEOUT, connectLimit(a));
    } else {
      failAt(a, NO_ENDPOINTS, a.world.now());
    }
  }

  /** The cluster DNS lookup failed (every query timed out, or kube-dns has no endpoints). */
  static void failResolution(Attempt a) {
    a.resolving = false;
    failAt(a, DNS_FAILURE, a.world.now());
  }

  /** Opens (or reuses) the connection to the chosen pod. */
  private static void connect(Attempt a) {
    a.hops = hops(a);
    if (a.reusedConnection) {
      a.connected = true;
      sendRequest(a, a.hops * a.hopSeconds);
    } else {
      sendSyn(a);
    }
  }

  private static int hops(Attempt a) {
    int h = 0;
    if (a.sourceHost != a.viaNode) {
      h++;
    }
    if (a.viaNode != a.pod.host) {
      h++;
    }
    return Math.max(1, h);
  }

  /** Whether every hop of the attempt's path works in both directions right now. */
  static boolean pathUp(Attempt a) {
    Network net = a.world.network;
    int podHost = a.pod.host;
    if (a.sourceHost != a.viaNode && !net.canConnect(a.sourceHost, a.viaNode)) {
      return false;
    }
    return a.viaNode == podHost ? !net.isDown(podHost) : net.canConnect(a.viaNode, podHost);
  }

  private static boolean lost(Attempt a, int packets) {
    double p = a.world.network.lossProbability(a.viaNode, a.pod.host);
    if (p == 0) {
      return false;
    }
    for (int i = 0; i < packets; i++) {
      if (a.world.lossStream.nextDouble() < p) {
        return true;
      }
    }
    return false;
  }

  /** When the client gives up connecting: its connect timeout, or when SYN retries run out. */
  private static double connectLimit(Attempt a) {
    NetworkConfig nc = a.world.network.config();
    double giveUp = a.connectStart
        + SynRetransmission.giveUpTime(nc.synInitialRtoSeconds(), nc.tcpSynRetries());
    return Math.min(a.connectDeadline, giveUp);
  }

  private static void sendSyn(Attempt a) {
    World w = a.world;
    double now = w.now();
    a.synSent++;
    double oneWay = a.hops * a.hopSeconds;
    if (a.pod.phase != Pod.Phase.GONE && pathUp(a) && !lost(a, 2)) {
      if (a.pod.accepting()) {
        a.connected = true;
        a.podEpoch = a.pod.containerEpoch;
        if (a.client.leastConnection) {
          w.nodes[a.viaNode].proxy.connectionOpened(a.pod);
        }
        if (a.synSent > 1) {
          armAt(a, a.deadline);
        }
        sendRequest(a, 3 * oneWay);
        return;
      }
      failAt(a, REFUSED, now + 2 * oneWay);
      return;
    }
    NetworkConfig nc = w.network.config();
    double limit = connectLimit(a);
    double next = a.connectStart + SynRetransmission.sendTime(nc.synInitialRtoSeconds(), a.synSent);
    if (a.synSent == 1) {
      armAt(a, limit);
    }
    if (a.synSent <= nc.tcpSynRetries() && next < limit) {
      a.step = Attempt.Step.CONNECT_RETRY;
      a.schedule(next - now);
    }
  }

  private static void sendRequest(Attempt a, double delay) {
    if (!pathUp(a) || lost(a, 1)) {
      startRetransmission(a, Attempt.Step.RESEND_REQUEST, -1);
      return;
    }
    a.step = Attempt.Step.DELIVER;
    a.schedule(delay);
  }

  /**
   * The segment sent now (the request, or the response with {@code responseCause}) was dropped:
   * the sender retransmits it when the RTO expires; the client's deadline stays armed.
   */
  private static void startRetransmission(Attempt a, Attempt.Step step, int responseCause) {
    double now = a.world.now();
    DataRetransmission tcp = a.world.network.config().dataRetransmission();
    a.segmentSent = now;
    a.rtoSeconds = tcp.initialRto(2 * a.hops * a.hopSeconds);
    a.responseCause = responseCause;
    a.step = step;
    armAt(a, a.deadline);
    if (Timer.pending(a)) {
      a.cancel();
    }
    a.schedule(a.rtoSeconds);
  }

  /**
   * The RTO expired: give up if {@code tcp_retries2}'s time has passed since the segment was
   * first sent, else send it again; if it is dropped again, wait twice as long.
   */
  private static void retransmit(Attempt a) {
    World w = a.world;
    double now = w.now();
    DataRetransmission tcp = w.network.config().dataRetransmission();
    if (now - a.segmentSent >= tcp.giveUpSeconds()) {
      failAt(a, REQUEST_TIMEOUT, now);
      return;
    }
    boolean request = a.step == Attempt.Step.RESEND_REQUEST;
    if (request && a.pod.phase == Pod.Phase.GONE) {
      // the pod's IP no longer exists: nobody will ever answer
      a.rtoSeconds = tcp.backOff(a.rtoSeconds);
      a.schedule(a.rtoSeconds);
      return;
    }
    if (pathUp(a) && !lost(a, 1)) {
      if (request) {
        a.step = Attempt.Step.DELIVER;
        a.schedule(a.hops * a.hopSeconds);
      } else {
        deliverResponse(a, a.responseCause, now + a.hops * a.hopSeconds);
      }
      return;
    }
    a.rtoSeconds = tcp.backOff(a.rtoSeconds);
    a.schedule(a.rtoSeconds);
  }

  /** The attempt's own event fired. */
  static void onStep(Attempt a) {
    switch (a.step) {
      case START:
        startAttempt(a);
        break;
      case CONNECT_RETRY:
        if (!a.clientDone) {
          sendSyn(a);
        }
        break;
      case DELIVER:
        deliver(a);
        break;
      case FAIL_RESPONSE:
        finish(a, false, a.failCause, a.world.now());
        break;
      case RESEND_REQUEST:
      case RESEND_RESPONSE:
        if (!a.clientDone) {
          retransmit(a);
        }
        break;
      case DNS_ANSWER:
        if (!a.clientDone) {
          afterResolution(a);
        }
        break;
      case DNS_TIMEOUT:
        if (!a.clientDone) {
          a.world.dns.onTimeout(a);
        }
        break;
      default:
        throw new IllegalStateException(a.step.toString());
    }
    a.world.attempts.releaseIfIdle(a);
  }

  private static void deliver(Attempt a) {
    if (a.clientDone) {
      return;
    }
    Pod p = a.pod;
    if (p.phase != Pod.Phase.RUNNING || !p.containerUp || p.containerEpoch != a.podEpoch) {
      if (p.phase == Pod.Phase.GONE) {
        armAt(a, a.deadline);
      } else if (pathUp(a)) {
        failAt(a, RESET, a.world.now() + a.hops * a.hopSeconds);
      } else {
        startRetransmission(a, Attempt.Step.RESEND_REQUEST, -1);
      }
      return;
    }
    p.offer(a);
  }

  /** The pod started serving {@code a}; it will finish at {@code completion}. */
  public static void onServiceStart(Attempt a, double completion) {
    if (a.clientDone) {
      return;
    }
    // a probe's result is known where it is served, a request's one way later
    double answered = a.isProbe() ? completion : completion + a.hops * a.hopSeconds;
    if (answered > a.deadline) {
      armAt(a, a.deadline);
    }
  }

  /** The pod finished serving {@code a} and let go of it. */
  public static void onServed(Attempt a) {
    World w = a.world;
    if (a.clientDone) {
      w.attempts.releaseIfIdle(a);
      return;
    }
    if (a.isProbe()) {
      // served exactly at its timeout: the kubelet's timer wins (as when it was armed first)
      finishProbe(a, w.now() < a.deadline);
      return;
    }
    respond(a, -1);
  }

  /** The queue was full: 503. */
  public static void rejectFull(Attempt a) {
    if (a.isProbe()) {
      finishProbe(a, false);
      return;
    }
    respond(a, UNAVAILABLE);
  }

  private static void respond(Attempt a, int cause) {
    if (!pathUp(a) || lost(a, 1)) {
      startRetransmission(a, Attempt.Step.RESEND_RESPONSE, cause);
      return;
    }
    deliverResponse(a, cause, a.world.now() + a.hops * a.hopSeconds);
  }

  /** The response (success when {@code cause} < 0) reaches the client at {@code arrival}. */
  private static void deliverResponse(Attempt a, int cause, double arrival) {
    if (arrival > a.deadline) {
      armAt(a, a.deadline);
      return;
    }
    if (cause < 0) {
      finish(a, true, -1, arrival);
      a.world.attempts.releaseIfIdle(a);
    } else {
      failAt(a, cause, arrival);
    }
  }

  /** The pod's container died while holding {@code a}. */
  public static void onConnectionLost(Attempt a, boolean sendReset) {
    if (a.clientDone) {
      a.world.attempts.releaseIfIdle(a);
      return;
    }
    if (a.isProbe()) {
      finishProbe(a, false);
      return;
    }
    if (sendReset && pathUp(a)) {
      failAt(a, RESET, a.world.now() + a.hops * a.hopSeconds);
    } else {
      armAt(a, a.deadline);
    }
  }

  /** Arms the attempt's deadline event at {@code at} (a DNS lookup's connect deadline). */
  static void armDeadlineAt(Attempt a, double at) {
    armAt(a, at);
  }

  /** Arms the deadline for an attempt (or probe) that waits in a queue. */
  public static void armDeadline(Attempt a) {
    armAt(a, a.deadline);
  }

  private static void armAt(Attempt a, double at) {
    Attempt.Deadline d = a.deadlineEvent;
    if (Timer.pending(d)) {
      if (d.time() == at) {
        return;
      }
      d.cancel();
    }
    d.schedule(Math.max(0, at - a.world.now()));
  }

  /** The deadline event fired: the client gives up on the attempt. */
  static void onDeadline(Attempt a) {
    if (!a.clientDone) {
      if (Timer.pending(a)) {
        a.cancel();
      }
      if (a.isProbe()) {
        finishProbe(a, false);
        return;
      }
      int cause = a.resolving ? DNS_FAILURE : a.connected ? REQUEST_TIMEOUT : CONNECT_TIMEOUT;
      finish(a, false, cause, a.world.now());
    }
    a.world.attempts.releaseIfIdle(a);
  }

  /** The client learns at {@code at} that the attempt failed with {@code cause}. */
  private static void failAt(Attempt a, int cause, double at) {
    double now = a.world.now();
    if (at <= now) {
      finish(a, false, cause, now);
      a.world.attempts.releaseIfIdle(a);
      return;
    }
    a.failCause = cause;
    a.step = Attempt.Step.FAIL_RESPONSE;
    if (Timer.pending(a)) {
      a.cancel();
    }
    a.schedule(at - now);
  }

  private static void finishProbe(Attempt a, boolean success) {
    a.clientDone = true;
    if (Timer.pending(a.deadlineEvent)) {
      a.deadlineEvent.cancel();
    }
    ProbeWorker probe = a.probe;
    int epoch = a.podEpoch;
    a.world.attempts.releaseIfIdle(a);
    probe.onResult(success, epoch);
  }

  /** The client's verdict on an attempt, learned at time {@code at}. */
  private static void finish(Attempt a, boolean success, int cause, double at) {
    World w = a.world;
    a.clientDone = true;
    if (Timer.pending(a.deadlineEvent)) {
      a.deadlineEvent.cancel();
    }
    Client c = a.client;
    if (a.connected && !a.reusedConnection && c.leastConnection) {
      // IPVS lc weighs endpoints by the connections this node opened that are still busy.
      w.nodes[a.viaNode].proxy.connectionClosed(a.pod);
    }
    if (c.mesh != null) {
      meshVerdict(a, success, cause, at);
      return;
    }
    if (success) {
      c.onSuccess(a, at);
      return;
    }
    if (a.attemptNumber <= c.config.retries().maxRetries()) {
      Attempt r = nextTry(a);
      // Only an established connection can be reused: after a connect failure (timeout,
      // refused) there is none, so the retry's new connection gets a new pick.
      r.pod = c.config.retries().newConnection() || !a.connected || cause == NO_ENDPOINTS
          ? null : a.pod;
      double wait = at - w.now() + c.config.retries().backoffBefore(a.attemptNumber);
      r.schedule(Math.max(0, wait));
      return;
    }
    c.onFailure(a, cause, at);
  }

  /** A new attempt of the same request as {@code a}, to start (its pod not yet chosen). */
  private static Attempt nextTry(Attempt a) {
    Attempt r = a.world.attempts.take();
    r.client = a.client;
    r.sourceHost = a.sourceHost;
    r.viaNode = a.viaNode;
    r.firstStart = a.firstStart;
    r.user = a.user;
    r.attemptNumber = a.attemptNumber + 1;
    r.step = Attempt.Step.START;
    return r;
  }

  /**
   * The verdict on a try through a mesh proxy: the proxy's balancer learns the result (unless the
   * application gave up first), and the proxy retries per its policy within the application's
   * deadline, on another pick.
   */
  private static void meshVerdict(Attempt a, boolean success, int cause, double at) {
    World w = a.world;
    Client c = a.client;
    Mesh mesh = c.mesh;
    int outcome = success ? MeshOutcome.SUCCESS : MeshOutcome.ofFailure(cause, at >= a.deadline);
    if (a.pod != null) {
      mesh.onResult(a.sourceHost, a.pod, outcome, at - a.attemptStart, w.now());
    }
    if (success) {
      c.onSuccess(a, at);
      return;
    }
    MeshRetryPolicy retries = mesh.config.retries();
    if (a.attemptNumber <= retries.numRetries() && retries.retries(outcome)) {
      double start = at + mesh.retryWaitSeconds(a.attemptNumber);
      if (start < a.deadline) {
        Attempt r = nextTry(a);
        r.tried = a.pod;
        r.triedBefore = a.tried;
        r.schedule(Math.max(0, start - w.now()));
        return;
      }
      c.onFailure(a, REQUEST_TIMEOUT, a.deadline);
      return;
    }
    c.onFailure(a, cause, at);
  }
}
