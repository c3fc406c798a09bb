package io.kubesim.cluster;

import io.kubesim.engine.Timer;
import io.kubesim.probe.ProbeConfig;
import io.kubesim.probe.ProbeWorker;
import io.kubesim.world.World;

/**
 * What a node's kubelet does: start and kill containers (with CrashLoopBackOff), run their
 * probes, report pod readiness and node heartbeats to the control plane — both only arrive while
 * the control plane is reachable — and carry out pod deletions it has heard of.
 */
public final class Kubelet {
  private Kubelet() {}

  /** Whether the kubelet on {@code node} and the API server can talk right now. */
  public static boolean canTalk(World w, Node node) {
    return w.network.canConnect(node.host, w.network.controlPlane());
  }

  /** Starts the heartbeat (lease renewal) loop of {@code node} at a random offset. */
  public static void startHeartbeats(World w, Node node) {
    double period = w.config.kubelet().nodeStatusUpdateSeconds();
    node.heartbeat = new Timer(w.sim, () -> {
      node.heartbeat.schedule(period);
      if (canTalk(w, node)) {
        w.api.heartbeat(node);
      }
    });
    node.heartbeat.schedule(w.lifecycleStream.nextDouble() * period);
  }

  /** A container of {@code pod} starts running now. */
  public static void startContainer(World w, Pod pod, boolean steadyState) {
    if (pod.phase == Pod.Phase.GONE || pod.containerUp || w.network.isDown(pod.host)) {
      return;
    }
    if (pod.kubeletTerminating) {
      Kubelet.finishTermination(w, pod);
      return;
    }
    pod.phase = Pod.Phase.RUNNING;
    pod.containerUp = true;
    pod.listening = true;
    pod.containerEpoch++;
    pod.containerStartTime = steadyState ? -1e9 : w.now();
    pod.kubeletUnreadySince = w.now();
    pod.readiness = null;
    pod.liveness = null;
    pod.startup = null;
    if (pod.template.startupProbe().isPresent() && !steadyState) {
      pod.startup = probe(w, pod, pod.template.startupProbe().get(), ProbeWorker.Kind.STARTUP);
      pod.startup.start(false);
    } else {
      startMainProbes(w, pod, steadyState);
    }
    if (w.now() < pod.crashLoopUntil) {
      w.after(0.5, () -> {
        if (pod.containerUp && w.now() < pod.crashLoopUntil + 0.5) {
          killContainer(w, pod, true, true);
        }
      });
    }
  }

  private static ProbeWorker probe(World w, Pod pod, ProbeConfig c, ProbeWorker.Kind kind) {
    return new ProbeWorker(w, pod, c, kind);
  }

  private static void startMainProbes(World w, Pod pod, boolean steadyState) {
    if (pod.template.readinessProbe().isPresent()) {
      pod.readiness = probe(w, pod, pod.template.readinessProbe().get(), ProbeWorker.Kind.READINESS);
      pod.readiness.start(steadyState);
      if (steadyState) {
        setReady(w, pod, true);
      }
    } else {
      setReady(w, pod, true);
    }
    if (pod.template.livenessProbe().isPresent()) {
      pod.liveness = probe(w, pod, pod.template.livenessProbe().get(), ProbeWorker.Kind.LIVENESS);
      pod.liveness.start(steadyState);
    }
  }

  public static void onProbePassed(World w, Pod pod, ProbeWorker probe) {
    switch (probe.kind) {
      case STARTUP:
        startMainProbes(w, pod, false);
        break;
      case READINESS:
        setReady(w, pod, true);
        break;
      default:
        break;
    }
  }

  public static void onProbeFailed(World w, Pod pod, ProbeWorker probe) {
    switch (probe.kind) {
      case READINESS:
        setReady(w, pod, false);
        break;
      default:
        killContainer(w, pod, true, true);
        break;
    }
  }

  /** The kubelet's readiness verdict changed; it reaches the API server if reachable. */
  static void setReady(World w, Pod pod, boolean ready) {
    if (pod.kubeletReady == ready) {
      return;
    }
    pod.kubeletReady = ready;
    if (!ready) {
      pod.kubeletUnreadySince = w.now();
    }
    if (canTalk(w, pod.node)) {
      w.api.setPodReady(pod, pod.reportedReady());
    }
  }

  /**
   * The container dies. {@code sendReset}: the node is up, so open connections get an RST;
   * {@code restart}: the kubelet restarts it after the CrashLoopBackOff delay.
   */
  public static void killContainer(World w, Pod pod, boolean restart, boolean sendReset) {
    if (!pod.containerUp) {
      return;
    }
    double now = w.now();
    pod.containerUp = false;
    pod.listening = false;
    setReady(w, pod, false);
    pod.abortAll(sendReset);
    if (!restart) {
      return;
    }
    w.metrics.recordRestart(w.now());
    if (pod.backOff == null) {
      pod.backOff = CrashLoopBackOff.of(w.config.kubelet());
    }
    double backoff = pod.backOff.onExit(now);
    double startup = pod.template.startupTime().sample(w.lifecycleStream);
    w.after(backoff + startup, () -> startContainer(w, pod, false));
  }

  /**
   * The kubelet has heard that {@code pod} is being deleted: it runs the {@code preStop} sleep,
   * then sends SIGTERM (the process reacts as its {@link SigtermBehaviour} says) and SIGKILL at
   * the end of the grace period.
   */
  public static void beginTermination(World w, Pod pod) {
    if (pod.kubeletTerminating || pod.phase == Pod.Phase.GONE) {
      return;
    }
    pod.kubeletTerminating = true;
    if (!pod.containerUp) {
      finishTermination(w, pod);
      return;
    }
    double grace = pod.template.terminationGracePeriodSeconds();
    pod.terminationDeadline = w.now() + grace;
    w.after(Math.min(pod.template.preStopSleepSeconds(), grace), () -> {
      if (pod.phase != Pod.Phase.GONE && pod.containerUp) {
        pod.template.sigterm().onSigterm(w, pod);
      } else {
        finishTermination(w, pod);
      }
    });
  }

  /** The process ignores SIGTERM: the kubelet kills it when the grace period ends. */
  static void killAtGraceDeadline(World w, Pod pod) {
    w.after(Math.max(0, pod.terminationDeadline - w.now()), () -> finishTermination(w, pod));
  }

  /** The process drains: it exits once no request is in hand, or at the grace deadline. */
  static void exitWhenIdle(World w, Pod pod) {
    if (pod.phase == Pod.Phase.GONE) {
      return;
    }
    if (!pod.containerUp || pod.busy() + pod.queued() == 0
        || w.now() >= pod.terminationDeadline) {
      finishTermination(w, pod);
      return;
    }
    w.after(Math.min(0.1, pod.terminationDeadline - w.now()), () -> exitWhenIdle(w, pod));
  }

  /** The pod's containers are stopped and the pod is removed from its node. */
  static void finishTermination(World w, Pod pod) {
    if (pod.phase == Pod.Phase.GONE) {
      return;
    }
    if (pod.containerUp) {
      pod.containerUp = false;
      pod.listening = false;
      pod.kubeletReady = false;
      pod.abortAll(!w.network.isDown(pod.host));
    }
    pod.phase = Pod.Phase.GONE;
    w.api.podGone(pod);
  }
}
