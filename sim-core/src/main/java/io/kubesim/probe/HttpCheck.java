package io.kubesim.probe;

import io.kubesim.cluster.Pod;

/** Kubernetes' usual HTTP check: passes whenever the process answers in time. Stateless. */
final class HttpCheck implements ReadinessCheck {
  static final HttpCheck INSTANCE = new HttpCheck();

  private HttpCheck() {}

  @Override
  public void start(Pod pod, double now, boolean steadyState) {}

  @Override
  public boolean passes(Pod pod, double now) {
    return true;
  }
}
