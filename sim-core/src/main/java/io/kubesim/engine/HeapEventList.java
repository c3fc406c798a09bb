package io.kubesim.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.eventlist.EventList;

/**
 * kubesim's pending-event set: a 4-ary implicit heap over primitive arrays, usable wherever
 * SSJ expects an {@link EventList} ({@code new Simulator(new HeapEventList())}).
 *
 * <h2>Contract and order</h2>
 * Events leave the list in ascending (event time, priority, insertion sequence) order: the
 * order SSJ's {@link Event} documents and SSJ's own lists implement, so exact ties run
 * first-in first-out and every run is deterministic. The special insertions keep SSJ's
 * meaning: {@link #addFirst} puts the event before every pending event (as
 * {@link Event#scheduleNext()} expects), and {@link #addBefore}/{@link #addAfter} put it
 * immediately before/after another pending event with the same time (as
 * {@link Event#scheduleBefore}/{@link Event#scheduleAfter} expect). An event is in at most
 * one list at a time.
 *
 * <h2>Design notes</h2>
 * <ul>
 *   <li><b>Heap.</b> A d-ary heap with d = 4 is shallower than a binary heap and its four
 *       children share a cache line, which wins over binary heaps for large sets (LaMarca
 *       and Ladner 1996). Heap order is kept in two parallel arrays: {@code heapTime}
 *       (the primary key) and {@code heapSlot}; a comparison reads only {@code heapTime}
 *       unless two times are exactly equal, and never dereferences an event.</li>
 *   <li><b>Slots.</b> Each pending event owns a slot; per-slot arrays hold the event and,
 *       side by side on one cache line, its priority and insertion sequence (read only to
 *       break exact time ties). The slot number is stored in the event's SSJ "ra" field
 *       ({@link Event#getRa()}/{@link Event#setRa(int)}). SSJ's only user of that field,
 *       {@code SplayTree}, uses it as a transient flag during its own {@code add} and
 *       resets it, so the field is free while this list owns the event; a stale value is
 *       harmless because a slot is trusted only if it holds the very same event. Freed
 *       slots are reused last-in first-out, so a hold (remove the first event, schedule it
 *       again) reuses the slot it just freed, whose lines are in cache.</li>
 *   <li><b>Lazy cancellation.</b> {@link #remove(Event)} (SSJ's {@code cancel} and
 *       {@code reschedule}) only empties the event's slot; the heap entry stays, still
 *       ordered by its key, and is dropped when it reaches the root. The slot is not reused
 *       until then. When cancelled entries outnumber pending events (plus
 *       {@value #PURGE_SLACK}), all are dropped and the heap rebuilt bottom-up in O(n), so
 *       memory stays within about twice the pending events and the cost is amortised O(1)
 *       per cancellation. Without a position index, sifts move two arrays, not three, and
 *       write nothing at random addresses. (An eager O(log n) removal through a position
 *       index per slot was the first version; it cost a random write per sift level.)</li>
 *   <li><b>Root hole.</b> {@link #removeFirst()} leaves the root vacant; if the next
 *       operation is {@link #add} (the simulator's pattern: an event runs and schedules
 *       another) the new entry is sifted down from the root: one sift instead of a
 *       sift-down of the last entry plus a sift-up. Any other operation first fills the
 *       hole from the last entry, as an ordinary heap would.</li>
 *   <li><b>Touching the next event.</b> While sifting a new entry down from the root hole,
 *       the list first reads the event at the earliest child of the root, the one the
 *       simulator will most likely run next, so that its cache miss overlaps the sift
 *       instead of stalling the next {@code removeFirst} (a software prefetch).</li>
 *   <li><b>Sequence numbers.</b> {@link #add} takes the largest sequence number so far plus
 *       {@value #SEQUENCE_GAP}; {@link #addFirst} the smallest minus the gap;
 *       {@link #addBefore}/{@link #addAfter} the midpoint between the two neighbours in the
 *       tie group (same time and priority). If two neighbours are adjacent integers the tie
 *       group alone is renumbered, keeping its order: sequence numbers are compared only
 *       inside a tie group, so this cannot disturb the heap.</li>
 *   <li><b>No allocation</b> in steady state: arrays grow by doubling and are never
 *       shrunk; add, removeFirst and remove allocate nothing.</li>
 * </ul>
 *
 * <h2>Complexity</h2>
 * {@link #add}, {@link #removeFirst}: O(log n). {@link #remove(Event)}: O(1) amortised.
 * {@link #getFirst}: O(1) amortised (it may drop cancelled entries). {@link #isEmpty},
 * {@link #size()}: O(1). {@link #addFirst}: O(log n). {@link #addBefore}/{@link #addAfter}:
 * O(log n) plus a pruned walk over the entries not later than the reference event.
 * {@link #getFirstOfClass}: O(n). {@link #listIterator()}/{@link #iterator()}/
 * {@link #toString()}: O(n log n) (they sort a snapshot of the list).
 *
 * <h2>References</h2>
 * <ul>
 *   <li>D. W. Jones, "An empirical comparison of priority-queue and event-set
 *       implementations", Communications of the ACM 29(4), 1986 (the hold model).</li>
 *   <li>A. LaMarca and R. E. Ladner, "The influence of caches on the performance of heaps",
 *       ACM Journal of Experimental Algorithmics 1, 1996 (d-ary heaps).</li>
 * </ul>
 *
 * <p>Not thread-safe, like SSJ's lists.
 */
public final class HeapEventList extends SlotEventList {

  /** Heap arity; the index arithmetic below ({@code << 2}, {@code >>> 2}) assumes 4. */
  private static final int ARITY = 4;
  private static final int INITIAL_CAPACITY = 64;
  /** Cancelled entries tolerated before a purge, beyond as many as there are live ones. */
  private static final int PURGE_SLACK = 64;

  // Heap order (index 0 is the first entry); entries of cancelled events stay until purged.
  private double[] heapTime;
  private int[] heapSlot;
  /** Heap entries, live and cancelled, counting the root hole if there is one. */
  private int size;
  /** True after removeFirst until the next operation fills the root (see design notes). */
  private boolean rootHole;

  // Per slot; slotEvent is null for a free slot and for a cancelled entry still in the heap.
  /** Per slot, two longs on one cache line: the priority's bits and the sequence number. */
  private long[] slotTies;

  private int[] walkStack = new int[16];
  /** Written by {@link #touchNextFirst()} so that the JIT keeps its loads. */
  private long touchSink;

  /** Creates an empty list. */
  public HeapEventList() {
    super(INITIAL_CAPACITY);
    heapTime = new double[INITIAL_CAPACITY];
    heapSlot = new int[INITIAL_CAPACITY];
    slotTies = new long[2 * INITIAL_CAPACITY];
  }

  @Override
  void growKeys(int capacity) {
    heapTime = Arrays.copyOf(heapTime, capacity);
    heapSlot = Arrays.copyOf(heapSlot, capacity);
    slotTies = Arrays.copyOf(slotTies, 2 * capacity);
  }

  @Override
  public void clear() {
    Arrays.fill(slotEvent, 0, slotsUsed, null);
    size = 0;
    live = 0;
    rootHole = false;
    freeCount = 0;
    slotsUsed = 0;
    minSequence = 0;
    maxSequence = 0;
    modCount++;
  }

  /**
   * Adds {@code ev} after every pending event with the same time and priority.
   *
   * @throws IllegalArgumentException if the event time is NaN
   * @throws IllegalStateException if {@code ev} is already in this list
   */
  @Override
  public void add(Event ev) {
    long sequence = maxSequence + SEQUENCE_GAP;
    maxSequence = sequence;
    int slot = claimSlot(ev, ev.priority(), sequence);
    double time = ev.time();
    if (rootHole) {
      // the hold pattern: removeFirst then add; one sift-down instead of down and up
      rootHole = false;
      touchNextFirst();
      siftDown(0, time, slot);
    } else {
      siftUp(appendPosition(), time, slot);
    }
  }

  /** Adds {@code ev} with the given ordering priority and sequence. */
  @Override
  void insert(Event ev, double priority, long sequence) {
    settleRoot();
    int slot = claimSlot(ev, priority, sequence);
    siftUp(appendPosition(), ev.time(), slot);
  }

  /** Gives {@code ev} a slot and records its ordering priority and sequence. */
  private int claimSlot(Event ev, double priority, long sequence) {
    int slot = claimSlot(ev);
    slotTies[2 * slot] = Double.doubleToRawLongBits(priority);
    slotTies[2 * slot + 1] = sequence;
    return slot;
  }

  /**
   * Reads the event that will most likely be first once the root hole is filled (the
   * earliest child of the root) and its slot, so that their cache misses overlap the
   * sift-down instead of stalling the simulator's next removeFirst.
   */
  private void touchNextFirst() {
    int n = Math.min(size, ARITY + 1);
    if (n < 2) {
      return;
    }
    int best = 1;
    double bestTime = heapTime[1];
    for (int c = 2; c < n; c++) {
      if (heapTime[c] < bestTime) {
        best = c;
        bestTime = heapTime[c];
      }
    }
    int slot = heapSlot[best];
    Event next = slotEvent[slot];
    long touched = slotTies[2 * slot + 1];
    if (next != null) {
      touched += next.getRa() + Double.doubleToRawLongBits(next.time());
    }
    touchSink = touched;
  }

  /** Reserves the next heap position, growing the arrays if needed. */
  private int appendPosition() {
    if (size == heapTime.length) {
      growSlots();
    }
    return size++;
  }

  @Override
  public Event getFirst() {
    settleRoot();
    return size == 0 ? null : slotEvent[heapSlot[0]];
  }

  /**
   * Removes {@code ev} in O(1): its heap entry is only marked cancelled, and dropped when it
   * reaches the root or when cancelled entries outnumber pending events (a purge).
   */
  @Override
  public boolean remove(Event ev) {
    int slot = slotOf(ev);
    if (slot < 0) {
      return false;
    }
    slotEvent[slot] = null;
    live--;
    modCount++;
    if (size - live > live + PURGE_SLACK) {
      purge();
    }
    return true;
  }

  @Override
  public Event removeFirst() {
    settleRoot();
    if (size == 0) {
      return null;
    }
    int slot = heapSlot[0];
    Event first = slotEvent[slot];
    slotEvent[slot] = null;
    freeSlots[freeCount++] = slot;
    live--;
    modCount++;
    rootHole = true;
    return first;
  }

  /**
   * Fills a root hole left by removeFirst and drops cancelled entries from the root, so that
   * position 0 holds the first pending event (or the heap is empty).
   */
  @Override
  int firstSlot() {
    settleRoot();
    return size > 0 ? heapSlot[0] : -1;
  }

  private void settleRoot() {
    if (rootHole) {
      rootHole = false;
      fillRootFromLast();
    }
    while (size > 0 && slotEvent[heapSlot[0]] == null) {
      freeSlots[freeCount++] = heapSlot[0];
      fillRootFromLast();
    }
  }

  /** Moves the last entry into the (vacant) root and sifts it down. */
  private void fillRootFromLast() {
    int last = --size;
    if (last > 0) {
      siftDown(0, heapTime[last], heapSlot[last]);
    }
  }

  /** Drops every cancelled entry and rebuilds the heap bottom-up (Floyd), in O(n). */
  private void purge() {
    settleRoot();
    int kept = 0;
    for (int i = 0; i < size; i++) {
      int slot = heapSlot[i];
      if (slotEvent[slot] == null) {
        freeSlots[freeCount++] = slot;
      } else {
        heapTime[kept] = heapTime[i];
        heapSlot[kept] = slot;
        kept++;
      }
    }
    size = kept;
    for (int i = (kept - 2) >>> 2; kept > 1 && i >= 0; i--) {
      siftDown(i, heapTime[i], heapSlot[i]);
    }
  }

  /** Places ({@code time}, {@code slot}) at the vacant {@code position}, sifting it up. */
  private void siftUp(int position, double time, int slot) {
    double[] times = heapTime;
    int[] slots = heapSlot;
    while (position > 0) {
      int parent = (position - 1) >>> 2;
      double parentTime = times[parent];
      if (time > parentTime || (time == parentTime && !tieLess(slot, slots[parent]))) {
        break;
      }
      times[position] = parentTime;
      slots[position] = slots[parent];
      position = parent;
    }
    times[position] = time;
    slots[position] = slot;
  }

  /** Places ({@code time}, {@code slot}) at the vacant {@code position}, sifting it down. */
  private void siftDown(int position, double time, int slot) {
    double[] times = heapTime;
    int[] slots = heapSlot;
    int n = size;
    while (true) {
      int child = (position << 2) + 1;
      if (child >= n) {
        break;
      }
      int best = child;
      double bestTime = times[child];
      int end = Math.min(child + ARITY, n);
      for (int c = child + 1; c < end; c++) {
        double t = times[c];
        if (t < bestTime || (t == bestTime && tieLess(slots[c], slots[best]))) {
          best = c;
          bestTime = t;
        }
      }
      if (time < bestTime || (time == bestTime && tieLess(slot, slots[best]))) {
        break;
      }
      times[position] = bestTime;
      slots[position] = slots[best];
      position = best;
    }
    times[position] = time;
    slots[position] = slot;
  }

  @Override
  double timeOf(int slot) {
    return slotEvent[slot].time();
  }

  @Override
  double priorityOf(int slot) {
    return Double.longBitsToDouble(slotTies[2 * slot]);
  }

  @Override
  long sequenceOf(int slot) {
    return slotTies[2 * slot + 1];
  }

  private boolean less(int positionA, int positionB) {
    double ta = heapTime[positionA];
    double tb = heapTime[positionB];
    return ta < tb || (ta == tb && tieLess(heapSlot[positionA], heapSlot[positionB]));
  }

  // ---- Tie groups (addBefore / addAfter / iterator insertion) ----

  /**
   * Returns the slot of the tie-group member (same time and priority) immediately before
   * ({@code before}) or after {@code slot}, or -1 if there is none. Walks only the part of
   * the heap not later than the group, since every member's ancestors are not later.
   */
  @Override
  int groupNeighbour(double time, double priority, int slot, boolean before) {
    settleRoot();
    long sequence = sequenceOf(slot);
    int found = -1;
    int top = 0;
    walkStack[top++] = 0;
    while (top > 0) {
      int position = walkStack[--top];
      if (position >= size) {
        continue;
      }
      double t = heapTime[position];
      int s = heapSlot[position];
      double p = priorityOf(s);
      if (t > time || (t == time && p > priority)) {
        continue;
      }
      if (t == time && p == priority && s != slot && slotEvent[s] != null) {
        if (nearerNeighbour(s, found, sequence, before)) {
          found = s;
        }
      }
      if (top + ARITY > walkStack.length) {
        walkStack = Arrays.copyOf(walkStack, walkStack.length * 2);
      }
      int child = position * ARITY + 1;
      for (int c = 0; c < ARITY; c++) {
        walkStack[top++] = child + c;
      }
    }
    return found;
  }

  /** Respaces the sequence numbers of one tie group by the gap, keeping its order. */
  @Override
  void renumberGroup(double time, double priority) {
    settleRoot();
    List<long[]> members = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      int s = heapSlot[i];
      if (heapTime[i] == time && priorityOf(s) == priority) {
        members.add(new long[] {sequenceOf(s), s});
      }
    }
    respace(members);
  }

  @Override
  void setSequence(int slot, long sequence) {
    slotTies[2 * slot + 1] = sequence;
  }
}
