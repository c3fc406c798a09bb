package io.kubesim.engine;

import umontreal.ssj.simevents.eventlist.EventList;

/** The pending-event set the engine uses: kubesim's {@link LadderEventList}. */
public final class EventLists {
  private EventLists() {}

  /** A new, empty event list for one replication. */
  public static EventList create() {
    return new LadderEventList();
  }
}
