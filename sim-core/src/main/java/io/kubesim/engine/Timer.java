package io.kubesim.engine;

import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;

/** A reusable event that runs an action; used for periodic and control-plane events. */
public final class Timer extends Event {
  private final Runnable action;

  public Timer(Simulator sim, Runnable action) {
    super(sim);
    this.action = action;
  }

  @Override
  public void actions() {
    action.run();
  }

  /** Whether the event is in the event list (SSJ marks fired and cancelled events with −10). */
  public static boolean pending(Event e) {
    return e.time() > -1;
  }

  /** Schedules at absolute time {@code at}, moving the event if it is already pending. */
  public static void scheduleAt(Event e, double at) {
    double delay = Math.max(0, at - e.simulator().time());
    if (pending(e)) {
      e.cancel();
    }
    e.schedule(delay);
  }
}
