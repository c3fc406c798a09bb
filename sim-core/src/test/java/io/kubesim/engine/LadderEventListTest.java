package io.kubesim.engine;

import umontreal.ssj.simevents.eventlist.EventList;

/** The event-list contract, run against {@link LadderEventList}. */
class LadderEventListTest extends EventListContractTest {

  @Override
  EventList newList() {
    return new LadderEventList();
  }

  @Override
  int size(EventList list) {
    return ((LadderEventList) list).size();
  }
}
