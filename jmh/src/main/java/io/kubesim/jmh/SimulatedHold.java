package io.kubesim.jmh;

import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.EventList;

/**
 * The hold model driven through SSJ's {@link Simulator}: {@code size} events are pending;
 * each event's {@code actions()} reschedules the same event at now + the next increment, so
 * a hold allocates nothing and the number of pending events never changes.
 */
public final class SimulatedHold {
  private final Simulator simulator;
  private final double[] increments;
  private final int mask;
  private int cursor;
  private int holdsLeft;

  /**
   * Fills {@code list} with {@code size} events at times drawn from {@code increments}
   * (whose length must be a power of two), then runs {@code size} holds to reach a steady
   * state.
   */
  public SimulatedHold(EventList list, int size, double[] increments) {
    this.simulator = new Simulator(list);
    this.increments = increments;
    this.mask = increments.length - 1;
    simulator.init();
    for (int i = 0; i < size; i++) {
      new HoldEvent(this).schedule(nextIncrement());
    }
    run(size);
  }

  /** Runs {@code holds} holds and returns the simulation time reached. */
  public double run(int holds) {
    holdsLeft = holds;
    simulator.start();
    return simulator.time();
  }

  private double nextIncrement() {
    return increments[cursor++ & mask];
  }

  /** An event that, when it happens, schedules itself again. */
  private static final class HoldEvent extends Event {
    private final SimulatedHold hold;

    HoldEvent(SimulatedHold hold) {
      super(hold.simulator);
      this.hold = hold;
    }

    @Override
    public void actions() {
      schedule(hold.nextIncrement());
      if (--hold.holdsLeft == 0) {
        hold.simulator.stop();
      }
    }
  }
}
