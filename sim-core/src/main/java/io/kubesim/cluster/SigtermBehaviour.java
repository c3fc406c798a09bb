package io.kubesim.cluster;

import io.kubesim.world.World;

/**
 * What a pod's process does when the kubelet sends SIGTERM (after the {@code preStop} hook, at the
 * start of the termination grace period). The kubelet sends SIGKILL when
 * {@code terminationGracePeriodSeconds} (30 s) have passed since deletion, whatever the process
 * does. Open connections are served until the process exits: kube-proxy does not flush
 * conntrack for TCP, so requests on an established (keep-alive) connection still arrive.
 * Sources: Kubernetes "Pod lifecycle — Termination of Pods"; "Container Lifecycle Hooks".
 */
public enum SigtermBehaviour {
  /**
   * The process ignores SIGTERM: it keeps accepting new connections and serving until SIGKILL
   * (a shell as PID 1, a server without a signal handler).
   */
  KEEP_SERVING("keepServing") {
    @Override
    void onSigterm(World w, Pod pod) {
      Kubelet.killAtGraceDeadline(w, pod);
    }
  },
  /**
   * Graceful shutdown: close the listener (new connections are refused), finish the requests in
   * hand and on open connections, exit when idle (or at SIGKILL).
   */
  DRAIN("drain") {
    @Override
    void onSigterm(World w, Pod pod) {
      pod.listening = false;
      Kubelet.exitWhenIdle(w, pod);
    }
  },
  /** The process exits at once: requests in hand are reset. */
  EXIT("exit") {
    @Override
    void onSigterm(World w, Pod pod) {
      Kubelet.finishTermination(w, pod);
    }
  };

  private final String yamlName;

  SigtermBehaviour(String yamlName) {
    this.yamlName = yamlName;
  }

  /** The name used in scenario files. */
  public String yamlName() {
    return yamlName;
  }

  /** The behaviour named {@code name} in scenario files. */
  public static SigtermBehaviour of(String name) {
    for (SigtermBehaviour b : values()) {
      if (b.yamlName.equals(name)) {
        return b;
      }
    }
    throw new IllegalArgumentException("unknown SIGTERM behaviour " + name);
  }

  /** The process of the terminating {@code pod} receives SIGTERM now. */
  abstract void onSigterm(World w, Pod pod);
}
