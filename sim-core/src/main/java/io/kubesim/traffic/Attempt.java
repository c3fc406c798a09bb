package io.kubesim.traffic;

import io.kubesim.cluster.Pod;
import io.kubesim.probe.ProbeWorker;
import io.kubesim.world.World;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;

/**
 * One attempt of a request (or one kubelet probe), pooled and reused so the request path
 * allocates nothing. The attempt is its own event for its next network step; its deadline is a
 * second event, scheduled only when the attempt might miss it.
 *
 * <p>Life: a client fills it, {@link RequestPath} connects it to a pod, the pod's
 * {@link PodServer} serves it, and it returns to the pool once both the client side
 * ({@code clientDone}) and the server side ({@code atServer}) have let go of it.
 */
public final class Attempt extends Event {
  /** The next network step this attempt's event performs. */
  enum Step {
    START, CONNECT_RETRY, DELIVER, FAIL_RESPONSE, RESEND_REQUEST, RESEND_RESPONSE, DNS_ANSWER,
    DNS_TIMEOUT
  }

  public final Deadline deadlineEvent;
  Step step;

  // the logical request
  Client client;
  public ProbeWorker probe;
  int sourceHost;
  int viaNode;
  double firstStart;
  int attemptNumber;
  public double demandU;
  /** {@code −log1p(−demandU)}, computed ahead with it (NaN for probes, which draw their own). */
  public double demandExp;
  int user;
  double hopSeconds;
  /** Mesh retries: the pods of the request's previous two tries (null when none). */
  Pod tried;
  Pod triedBefore;

  // this attempt
  public double attemptStart;
  public double deadline;
  double connectDeadline;
  public Pod pod;
  public int podEpoch;
  int hops;
  boolean connected;
  boolean reusedConnection;
  int synSent;
  public boolean clientDone;
  public boolean atServer;
  int failCause;
  boolean inPool;

  // a data segment being retransmitted (request or response): first sent at, current RTO
  double segmentSent;
  double rtoSeconds;
  int responseCause;

  // cluster DNS lookup before connecting
  boolean resolving;
  boolean resolved;
  int dnsTries;
  Pod dnsPod;
  double connectStart;

  final World world;

  public Attempt(World world) {
    super(world.sim);
    this.world = world;
    this.deadlineEvent = new Deadline(world.sim, this);
  }

  void reset() {
    client = null;
    probe = null;
    pod = null;
    tried = null;
    triedBefore = null;
    connected = false;
    reusedConnection = false;
    synSent = 0;
    clientDone = false;
    atServer = false;
    failCause = -1;
    hops = 1;
    resolving = false;
    resolved = false;
    dnsPod = null;
  }

  public boolean isProbe() {
    return probe != null;
  }

  @Override
  public void actions() {
    RequestPath.onStep(this);
  }

  /** The attempt's deadline: the client gives up (or the kubelet's probe times out). */
  public static final class Deadline extends Event {
    final Attempt attempt;

    Deadline(Simulator sim, Attempt attempt) {
      super(sim);
      this.attempt = attempt;
    }

    @Override
    public void actions() {
      RequestPath.onDeadline(attempt);
    }
  }
}
