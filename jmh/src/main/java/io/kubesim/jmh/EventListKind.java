package io.kubesim.jmh;

import io.kubesim.engine.HeapEventList;
import io.kubesim.engine.LadderEventList;
import java.util.function.Supplier;
import umontreal.ssj.simevents.eventlist.BinaryTree;
import umontreal.ssj.simevents.eventlist.DoublyLinked;
import umontreal.ssj.simevents.eventlist.EventList;
import umontreal.ssj.simevents.eventlist.Henriksen;
import umontreal.ssj.simevents.eventlist.RedblackTree;
import umontreal.ssj.simevents.eventlist.SplayTree;

/** The event lists the hold model compares: SSJ's five and kubesim's own. */
public enum EventListKind {
  /** SSJ's default list. */
  SPLAY_TREE(SplayTree::new),
  /** SSJ's unbalanced binary search tree. */
  BINARY_TREE(BinaryTree::new),
  /** SSJ's Henriksen list (sorted list with an index array). */
  HENRIKSEN(Henriksen::new),
  /** SSJ's red-black tree (a {@code java.util.TreeMap}). */
  RED_BLACK_TREE(RedblackTree::new),
  /** SSJ's sorted doubly linked list: O(n) insertion, so benchmarked at small sizes only. */
  DOUBLY_LINKED(DoublyLinked::new),
  /** kubesim's 4-ary heap. */
  HEAP_EVENT_LIST(HeapEventList::new),
  /** kubesim's ladder queue (Tang, Goh and Thng 2005). */
  LADDER_EVENT_LIST(LadderEventList::new);

  private final Supplier<EventList> factory;

  EventListKind(Supplier<EventList> factory) {
    this.factory = factory;
  }

  /** Returns a new, empty list of this kind. */
  public EventList newList() {
    return factory.get();
  }
}
