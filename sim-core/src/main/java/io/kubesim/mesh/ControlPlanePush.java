package io.kubesim.mesh;

import io.kubesim.config.Checks;
import io.kubesim.dist.Distribution;

/**
 * The mesh control plane's endpoint push (istiod's EDS, Linkerd's destination service): it watches
 * the service's EndpointSlices like any controller, debounces a burst of changes, then pushes the
 * new endpoints to every proxy it can reach. A proxy cut from the control plane keeps its last
 * view and receives the current one once it can be reached again.
 *
 * @param debounceAfterSeconds quiet time after the last change before a push (istiod
 *     {@code PILOT_DEBOUNCE_AFTER} 100 ms)
 * @param debounceMaxSeconds longest a burst of changes may delay a push (istiod
 *     {@code PILOT_DEBOUNCE_MAX} 10 s)
 * @param pushDelay from the push until one proxy has applied it, seconds (sampled per proxy)
 */
public record ControlPlanePush(
    double debounceAfterSeconds, double debounceMaxSeconds, Distribution pushDelay) {
  public ControlPlanePush {
    Checks.nonNegative("mesh.controlPlane.debounceAfter", debounceAfterSeconds);
    Checks.nonNegative("mesh.controlPlane.debounceMax", debounceMaxSeconds);
    if (pushDelay == null) {
      throw new IllegalArgumentException("mesh.controlPlane.pushDelay is required");
    }
  }

  /**
   * istiod's debounce defaults; the push delay (log-normal, median 50 ms, p99 500 ms) is an
   * assumption for a small cluster, not a documented default.
   */
  public static ControlPlanePush istioDefaults() {
    return new ControlPlanePush(0.1, 10, new Distribution.LogNormal(0.05, 0.5));
  }

  /**
   * Linkerd's destination controller streams each change without debouncing; the push delay is
   * the same assumption as {@link #istioDefaults()}.
   */
  public static ControlPlanePush linkerdDefaults() {
    return new ControlPlanePush(0, 0, new Distribution.LogNormal(0.05, 0.5));
  }
}
