package io.kubesim.engine;

import umontreal.ssj.simevents.eventlist.EventList;

/**
 * The pending-event set the engine uses: kubesim's {@link LadderEventList}, or its
 * {@link HeapEventList} when the system property {@value #PROPERTY} is {@code heap}. Both keep
 * the same order (time, priority, insertion), so a run gives the same results with either;
 * the switch exists to check exactly that.
 */
public final class EventLists {
  /** The system property that selects the event list: {@code ladder} (default) or {@code heap}. */
  public static final String PROPERTY = "kubesim.eventList";

  private EventLists() {}

  /**
   * A new, empty event list for one replication.
   *
   * @throws IllegalArgumentException if {@value #PROPERTY} names no known list
   */
  public static EventList create() {
    String kind = System.getProperty(PROPERTY, "ladder");
    switch (kind) {
      case "ladder":
        return new LadderEventList();
      case "heap":
        return new HeapEventList();
      default:
        throw new IllegalArgumentException("System property " + PROPERTY + " is '" + kind
            + "'; expected 'ladder' or 'heap'");
    }
  }
}
