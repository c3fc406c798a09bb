package io.kubesim.mesh;

import io.kubesim.engine.Timer;
import io.kubesim.proxy.EndpointSnapshot;
import io.kubesim.world.World;
import umontreal.ssj.rng.RandomStream;

/**
 * The mesh control plane's endpoint feed for one service (istiod's EDS): it learns each new
 * endpoint snapshot after the control plane's watch delay, debounces — it pushes once no change
 * came for {@code debounceAfter}, or once the burst is {@code debounceMax} old — and sends the
 * snapshot to every proxy it can reach, each applying it after a sampled push delay (in order).
 * Proxies it cannot reach keep their view until a resync once they can be reached again.
 */
final class ControlPlaneFeed {
  private final World w;
  private final Mesh mesh;
  private final ControlPlanePush push;
  private final RandomStream random;
  private final Timer debounce;
  private final double[] lastArrival;
  private final boolean[] stale;
  private EndpointSnapshot latest;
  private EndpointSnapshot pushed;
  private double burstStart = Double.NaN;
  private double lastChange;

  ControlPlaneFeed(World w, Mesh mesh, ControlPlanePush push, RandomStream random) {
    this.w = w;
    this.mesh = mesh;
    this.push = push;
    this.random = random;
    this.debounce = new Timer(w.sim, this::debounceFired);
    this.lastArrival = new double[w.nodes.length];
    this.stale = new boolean[w.nodes.length];
  }

  /** The snapshot every proxy starts with at time zero. */
  void initialise(EndpointSnapshot s) {
    latest = s;
    pushed = s;
  }

  /** The API server published {@code s}: the control plane's watch delivers it after a delay. */
  void onEndpoints(EndpointSnapshot s) {
    double delay = w.config.controlPlane().endpointPropagationDelay().sample(random);
    w.after(delay, () -> received(s));
  }

  private void received(EndpointSnapshot s) {
    if (s.version() <= latest.version()) {
      return;
    }
    latest = s;
    double now = w.now();
    if (Double.isNaN(burstStart)) {
      burstStart = now;
    }
    lastChange = now;
    if (!Timer.pending(debounce)) {
      debounce.schedule(push.debounceAfterSeconds());
    }
  }

  private void debounceFired() {
    double now = w.now();
    // the push is due once the burst has been quiet for debounceAfter or is debounceMax old;
    // compared as "due time ≤ now" so that a timer set for the due time always pushes
    double due = Math.min(lastChange + push.debounceAfterSeconds(),
        burstStart + push.debounceMaxSeconds());
    if (due > now + 1e-9) {
      Timer.scheduleAt(debounce, due);
      return;
    }
    burstStart = Double.NaN;
    pushed = latest;
    for (int node = 0; node < stale.length; node++) {
      pushTo(node);
    }
  }

  private void pushTo(int node) {
    if (!w.network.canConnect(w.network.controlPlane(), w.nodes[node].host)) {
      stale[node] = true;
      return;
    }
    stale[node] = false;
    double now = w.now();
    double arrival = Math.max(now + push.pushDelay().sample(random), lastArrival[node]);
    lastArrival[node] = arrival;
    EndpointSnapshot s = pushed;
    w.after(arrival - now, () -> mesh.apply(node, s));
  }

  /** Proxies that missed pushes and can be reached again get the current endpoints. */
  void resync() {
    for (int node = 0; node < stale.length; node++) {
      if (stale[node] && w.network.canConnect(w.network.controlPlane(), w.nodes[node].host)) {
        pushTo(node);
      }
    }
  }
}
