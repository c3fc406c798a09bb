package io.kubesim.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.NoSuchElementException;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.eventlist.EventList;
import umontreal.ssj.util.PrintfFormat;

/**
 * What kubesim's event lists share: each pending event owns a <i>slot</i> (kept in its SSJ "ra"
 * field) whose ordering key is (time, priority, sequence), with sequence numbers spaced by
 * {@link #SEQUENCE_GAP} so that {@code addFirst}/{@code addBefore}/{@code addAfter} can place an
 * event inside a tie group; and everything built on that key alone — those three operations,
 * the class lookups, the list iterator and printing — none of which is on the hot path.
 * Subclasses keep the pending slots in their own structure ({@link HeapEventList}: a 4-ary
 * heap; {@link LadderEventList}: a ladder queue) and say where a slot's key lives.
 */
abstract class SlotEventList implements EventList {
  /** Spacing between consecutive insertion sequence numbers; leaves room for addBefore. */
  static final long SEQUENCE_GAP = 1L << 16;

  /** Per slot: the pending event, or null for a free slot and for a cancelled entry. */
  Event[] slotEvent;
  /** Slots handed out so far (the high-water mark). */
  int slotsUsed;
  /** Pending (live) events. */
  int live;
  /** Structural modifications, for fail-fast iterators. */
  int modCount;
  long minSequence;
  long maxSequence;
  /** Freed slots, reused last-in first-out. */
  int[] freeSlots;
  int freeCount;

  /** An empty list with room for {@code initialCapacity} slots. */
  SlotEventList(int initialCapacity) {
    slotEvent = new Event[initialCapacity];
    freeSlots = new int[initialCapacity];
  }

  /** Grows the subclass's per-slot (and per-entry) arrays to {@code capacity} slots. */
  abstract void growKeys(int capacity);

  /** The time of the pending event in {@code slot}. */
  abstract double timeOf(int slot);

  /** The ordering priority of {@code slot} (may differ from the event's own, see addFirst). */
  abstract double priorityOf(int slot);

  /** The insertion sequence number of {@code slot}. */
  abstract long sequenceOf(int slot);

  /** Adds {@code ev} with the given ordering priority and sequence. */
  abstract void insert(Event ev, double priority, long sequence);

  /** The slot of the first pending event, or −1 if the list is empty. */
  abstract int firstSlot();

  /**
   * The slot of the pending tie-group member (same time and priority) immediately before
   * ({@code before}) or after {@code slot}, or −1 if there is none.
   */
  abstract int groupNeighbour(double time, double priority, int slot, boolean before);

  /** Respaces the sequence numbers of one tie group by the gap, keeping its order. */
  abstract void renumberGroup(double time, double priority);

  /** Sets the insertion sequence number of {@code slot}. */
  abstract void setSequence(int slot, long sequence);

  /**
   * Whether the group member in slot {@code candidate} lies on the {@code before} side of
   * {@code sequence} and nearer to it than the one in slot {@code found} (−1: none yet).
   */
  final boolean nearerNeighbour(int candidate, int found, long sequence, boolean before) {
    long q = sequenceOf(candidate);
    return before ? q < sequence && (found < 0 || q > sequenceOf(found))
        : q > sequence && (found < 0 || q < sequenceOf(found));
  }

  /**
   * Gives a tie group's members, pairs of (sequence, slot) in any order, sequence numbers
   * spaced by the gap from the group's least, keeping their order.
   */
  final void respace(List<long[]> members) {
    members.sort((a, b) -> Long.compare(a[0], b[0]));
    long next = members.get(0)[0];
    for (long[] member : members) {
      setSequence((int) member[1], next);
      next += SEQUENCE_GAP;
    }
    maxSequence = Math.max(maxSequence, next);
  }

  /** Returns the number of pending events. */
  public int size() {
    return live;
  }

  @Override
  public boolean isEmpty() {
    return live == 0;
  }

  /** Adds {@code ev} after every pending event with the same time and priority. */
  @Override
  public void add(Event ev) {
    long sequence = maxSequence + SEQUENCE_GAP;
    maxSequence = sequence;
    insert(ev, ev.priority(), sequence);
  }

  /**
   * Adds {@code ev} before every pending event. Its time must not be later than the first
   * pending event's; if it has the same time but a larger priority, it takes the first
   * event's priority for ordering (its own priority field is left alone), so that it still
   * comes first, as in SSJ's lists.
   *
   * @throws IllegalArgumentException if {@code ev} is later than the first pending event
   */
  @Override
  public void addFirst(Event ev) {
    double priority = ev.priority();
    int first = firstSlot();
    if (first >= 0) {
      double firstTime = timeOf(first);
      double firstPriority = priorityOf(first);
      if (ev.time() > firstTime) {
        throw new IllegalArgumentException("addFirst: event " + ev + " at time " + ev.time()
            + " is later than the first pending event at time " + firstTime
            + "; expected a time <= " + firstTime);
      }
      if (ev.time() == firstTime && priority > firstPriority) {
        priority = firstPriority;
      }
    }
    long sequence = minSequence - SEQUENCE_GAP;
    minSequence = sequence;
    insert(ev, priority, sequence);
  }

  /**
   * Adds {@code ev} immediately before {@code other}.
   *
   * @throws IllegalArgumentException if {@code other} is not in this list or the two
   *     events' times differ
   */
  @Override
  public void addBefore(Event ev, Event other) {
    addAdjacent(ev, other, true);
  }

  /**
   * Adds {@code ev} immediately after {@code other}.
   *
   * @throws IllegalArgumentException if {@code other} is not in this list or the two
   *     events' times differ
   */
  @Override
  public void addAfter(Event ev, Event other) {
    addAdjacent(ev, other, false);
  }

  private void addAdjacent(Event ev, Event other, boolean before) {
    int otherSlot = slotOf(other);
    if (otherSlot < 0) {
      throw new IllegalArgumentException("Event not in list: " + other);
    }
    double time = timeOf(otherSlot);
    if (ev.time() != time) {
      throw new IllegalArgumentException("add" + (before ? "Before" : "After") + ": event "
          + ev + " has time " + ev.time() + " but the reference event " + other
          + " has time " + time + "; expected equal times");
    }
    double priority = priorityOf(otherSlot);
    int neighbour = groupNeighbour(time, priority, otherSlot, before);
    long sequence = before
        ? sequenceBetween(time, priority, neighbour, otherSlot)
        : sequenceBetween(time, priority, otherSlot, neighbour);
    insert(ev, priority, sequence);
  }

  /**
   * Validates {@code ev} and gives it a slot (reusing a freed one, else the next, doubling the
   * slot arrays when full); the caller then records the slot's key.
   */
  final int claimSlot(Event ev) {
    if (ev.time() != ev.time()) {
      throw new IllegalArgumentException("Event " + ev + " has time NaN; expected a number");
    }
    if (slotOf(ev) >= 0) {
      throw new IllegalStateException("Event " + ev + " is already in this event list");
    }
    if (freeCount == 0 && slotsUsed == slotEvent.length) {
      growSlots();
    }
    int slot = freeCount > 0 ? freeSlots[--freeCount] : slotsUsed++;
    slotEvent[slot] = ev;
    ev.setRa(slot);
    live++;
    modCount++;
    return slot;
  }

  /** Doubles the slot capacity. */
  final void growSlots() {
    int capacity = slotEvent.length * 2;
    if (capacity < 0) {
      throw new IllegalStateException(getClass().getSimpleName() + " cannot hold more than "
          + slotEvent.length + " events");
    }
    slotEvent = Arrays.copyOf(slotEvent, capacity);
    freeSlots = Arrays.copyOf(freeSlots, capacity);
    growKeys(capacity);
  }

  /** Returns the slot of {@code ev} if it is pending in this list, else −1. */
  final int slotOf(Event ev) {
    int slot = ev.getRa();
    return slot >= 0 && slot < slotsUsed && slotEvent[slot] == ev ? slot : -1;
  }

  /**
   * Returns a fresh sequence number strictly between those of the group members in slots
   * {@code lowSlot} and {@code highSlot} (either may be −1: unbounded on that side),
   * renumbering the tie group if they are adjacent.
   */
  final long sequenceBetween(double time, double priority, int lowSlot, int highSlot) {
    if (highSlot < 0) {
      return maxSequence += SEQUENCE_GAP;
    }
    if (lowSlot < 0) {
      return minSequence -= SEQUENCE_GAP;
    }
    long low = sequenceOf(lowSlot);
    long high = sequenceOf(highSlot);
    if (high - low < 2) {
      renumberGroup(time, priority);
      low = sequenceOf(lowSlot);
      high = sequenceOf(highSlot);
    }
    return low + (high - low) / 2;
  }

  /** Order of two entries with equal times: priority, then sequence. */
  final boolean tieLess(int slotA, int slotB) {
    double pa = priorityOf(slotA);
    double pb = priorityOf(slotB);
    return pa < pb || (pa == pb && sequenceOf(slotA) < sequenceOf(slotB));
  }

  /** Whether the pending event in slot {@code a} comes before the one in slot {@code b}. */
  final boolean slotLess(int a, int b) {
    double ta = timeOf(a);
    double tb = timeOf(b);
    return ta < tb || (ta == tb && tieLess(a, b));
  }

  @Override
  public Event getFirstOfClass(String cl) {
    int best = -1;
    for (int s = 0; s < slotsUsed; s++) {
      Event ev = slotEvent[s];
      if (ev != null && ev.getClass().getName().equals(cl) && (best < 0 || slotLess(s, best))) {
        best = s;
      }
    }
    return best < 0 ? null : slotEvent[best];
  }

  @Override
  public <E extends Event> E getFirstOfClass(Class<E> cl) {
    int best = -1;
    for (int s = 0; s < slotsUsed; s++) {
      Event ev = slotEvent[s];
      if (ev != null && ev.getClass() == cl && (best < 0 || slotLess(s, best))) {
        best = s;
      }
    }
    return best < 0 ? null : cl.cast(slotEvent[best]);
  }

  /** Returns the pending events' slots in list order (a snapshot). */
  final int[] sortedSlots() {
    Integer[] order = new Integer[live];
    int count = 0;
    for (int s = 0; s < slotsUsed; s++) {
      if (slotEvent[s] != null) {
        order[count++] = s;
      }
    }
    Arrays.sort(order, (a, b) -> slotLess(a, b) ? -1 : slotLess(b, a) ? 1 : 0);
    int[] slots = new int[live];
    for (int i = 0; i < live; i++) {
      slots[i] = order[i];
    }
    return slots;
  }

  @Override
  public Iterator<Event> iterator() {
    return listIterator();
  }

  /**
   * Returns an iterator over the pending events in list order. It is fail-fast and supports
   * {@code remove}, {@code add} and {@code set} with SSJ's meaning: an added or set event
   * is placed at the cursor, its time and priority first clamped between its neighbours'
   * (SSJ's lists do the same), which requires the event not to be scheduled.
   */
  @Override
  public ListIterator<Event> listIterator() {
    return new Cursor();
  }

  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder("Contents of the event list " + getClass().getSimpleName() + ":");
    for (int slot : sortedSlots()) {
      Event ev = slotEvent[slot];
      sb.append(System.lineSeparator())
          .append(PrintfFormat.g(12, 7, ev.time())).append(", ")
          .append(PrintfFormat.g(8, 4, priorityOf(slot))).append(" : ").append(ev);
    }
    return sb.toString();
  }

  /** A list iterator over a sorted snapshot that writes changes through to the list. */
  private final class Cursor implements ListIterator<Event> {
    private final List<Event> order = new ArrayList<>();
    private int next;
    private int lastReturned = -1;
    private int expectedModCount;

    Cursor() {
      for (int slot : sortedSlots()) {
        order.add(slotEvent[slot]);
      }
      expectedModCount = modCount;
    }

    private void checkModification() {
      if (modCount != expectedModCount) {
        throw new ConcurrentModificationException();
      }
    }

    @Override
    public boolean hasNext() {
      checkModification();
      return next < order.size();
    }

    @Override
    public boolean hasPrevious() {
      checkModification();
      return next > 0;
    }

    @Override
    public Event next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      lastReturned = next;
      return order.get(next++);
    }

    @Override
    public Event previous() {
      if (!hasPrevious()) {
        throw new NoSuchElementException();
      }
      lastReturned = --next;
      return order.get(next);
    }

    @Override
    public int nextIndex() {
      return next;
    }

    @Override
    public int previousIndex() {
      return next - 1;
    }

    @Override
    public void remove() {
      checkModification();
      if (lastReturned < 0) {
        throw new IllegalStateException("remove() without a preceding next() or previous()");
      }
      SlotEventList.this.remove(order.remove(lastReturned));
      if (lastReturned < next) {
        next--;
      }
      lastReturned = -1;
      expectedModCount = modCount;
    }

    @Override
    public void set(Event ev) {
      checkModification();
      if (lastReturned < 0) {
        throw new IllegalStateException("set() without a preceding next() or previous()");
      }
      SlotEventList.this.remove(order.get(lastReturned));
      placeBetween(ev, lastReturned - 1, lastReturned + 1);
      order.set(lastReturned, ev);
      expectedModCount = modCount;
    }

    @Override
    public void add(Event ev) {
      checkModification();
      placeBetween(ev, next - 1, next);
      order.add(next++, ev);
      lastReturned = -1;
      expectedModCount = modCount;
    }

    /** Inserts {@code ev} between the snapshot entries at two indices (may be out of range). */
    private void placeBetween(Event ev, int lowIndex, int highIndex) {
      int low = lowIndex >= 0 ? slotOf(order.get(lowIndex)) : -1;
      int high = highIndex < order.size() ? slotOf(order.get(highIndex)) : -1;
      clamp(ev, low, true);
      clamp(ev, high, false);
      double time = ev.time();
      double priority = ev.priority();
      int lowInGroup = low >= 0 && sameKey(low, time, priority) ? low : -1;
      int highInGroup = high >= 0 && sameKey(high, time, priority) ? high : -1;
      insert(ev, priority, sequenceBetween(time, priority, lowInGroup, highInGroup));
    }

    private boolean sameKey(int slot, double time, double priority) {
      return timeOf(slot) == time && priorityOf(slot) == priority;
    }

    /** Moves {@code ev} to the neighbour's time and priority if it is on the wrong side. */
    private void clamp(Event ev, int neighbourSlot, boolean neighbourIsBefore) {
      if (neighbourSlot < 0) {
        return;
      }
      double t = timeOf(neighbourSlot);
      double p = priorityOf(neighbourSlot);
      boolean earlier = ev.time() < t || (ev.time() == t && ev.priority() < p);
      boolean later = ev.time() > t || (ev.time() == t && ev.priority() > p);
      if (neighbourIsBefore ? earlier : later) {
        ev.setPriority(p); // before setTime: SSJ refuses both once the time looks scheduled
        ev.setTime(t);
      }
    }
  }
}
