package io.kubesim.engine;

import umontreal.ssj.simevents.eventlist.EventList;
import umontreal.ssj.simevents.eventlist.SplayTree;

/** The pending-event set the engine uses. */
public final class EventLists {
  private EventLists() {}

  /** A new, empty event list for one replication. */
  public static EventList create() {
    return new SplayTree();
  }
}
