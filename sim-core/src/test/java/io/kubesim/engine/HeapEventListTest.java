package io.kubesim.engine;

import umontreal.ssj.simevents.eventlist.EventList;

/** The event-list contract, run against {@link HeapEventList}. */
class HeapEventListTest extends EventListContractTest {

  @Override
  EventList newList() {
    return new HeapEventList();
  }

  @Override
  int size(EventList list) {
    return ((HeapEventList) list).size();
  }
}
