package io.kubesim.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.eventlist.EventList;

/**
 * A ladder queue (Tang, Goh and Thng 2005) usable wherever SSJ expects an {@link EventList}:
 * an alternative to {@link HeapEventList} with the same contract (see there), O(1) amortised
 * {@link #add} and {@link #removeFirst} for the usual increment distributions.
 *
 * <h2>Structure</h2>
 * Pending events are split into containers ordered by time, every event of one container
 * strictly earlier than every event of the next: <i>bottom</i> (a small array sorted in
 * descending order, from whose end events leave, so that inserting an event due soon moves
 * only the few entries due before it), then up to {@value #MAX_RUNGS} <i>rungs</i> of buckets (deepest, i.e.
 * finest, first; each bucket an unsorted linked list) and last <i>top</i> (an unsorted list of
 * events later than {@code topStart}). An event goes to top if later than {@code topStart},
 * else to the coarsest rung whose bucket function {@code (int) ((t - start) / width)} (clamped
 * to the rung's last bucket) gives a bucket not yet consumed, else into bottom by insertion.
 * Every container's placement is a non-decreasing function of the time, so equal times always
 * share a container and the order within it is (time, priority, sequence), exactly as in
 * {@link HeapEventList}. When bottom is empty the deepest rung's next non-empty bucket is
 * split into a new, finer rung if it holds more than {@value #THRESHOLD} entries; otherwise it
 * and the following small buckets of that rung, until bottom holds {@value #FILL_TARGET}
 * entries, are moved into bottom and sorted there (each bucket's entries are earlier than the
 * next bucket's; the sort is a counting sort on the time scaled to the number of entries,
 * then insertion for entries that share a scaled time). When no rung is left, top becomes
 * the first rung.
 *
 * <h2>Design notes</h2>
 * <ul>
 *   <li><b>Slots.</b> As in {@link HeapEventList}: each pending event owns a slot (kept in
 *       its SSJ "ra" field); per-slot primitive arrays hold its key (time, priority,
 *       sequence: three longs) and, apart, its list link (one int), so the containers never
 *       dereference events and walking a bucket, a chain of dependent reads, stays in a
 *       dense array. Freed slots are reused last-in first-out.</li>
 *   <li><b>Lazy cancellation.</b> {@link #remove(Event)} empties the slot; the entry is
 *       dropped when its bucket is consumed. When cancelled entries outnumber pending events
 *       (plus a slack) everything is put back into top in O(n).</li>
 *   <li><b>Reading events ahead.</b> Filling bottom reads every event moved there, with its
 *       key, in the same loop that walks the bucket, so that their cache misses overlap one
 *       another (and the walk) instead of each stalling the simulator when the event
 *       runs.</li>
 *   <li><b>No allocation</b> in steady state: all arrays grow by doubling and are kept.</li>
 *   <li>{@link #addBefore}/{@link #addAfter} and {@link #getFirstOfClass} scan the slots:
 *       O(n). The engine does not use them on its hot path.</li>
 * </ul>
 *
 * <p>Not thread-safe, like SSJ's lists.
 */
public final class LadderEventList extends SlotEventList {

  private static final int INITIAL_CAPACITY = 64;
  private static final int PURGE_SLACK = 64;
  /** Buckets with more entries than this are split into a new rung rather than sorted. */
  private static final int THRESHOLD = 50;
  private static final int MAX_RUNGS = 8;
  /** A refill takes consecutive small buckets until bottom holds this many entries. */
  private static final int FILL_TARGET = 32;
  /** Bottom size beyond which bottom is turned into a rung. */
  private static final int BOTTOM_LIMIT = 4 * THRESHOLD;
  /** A freshly filled bottom at least this large is sorted by {@link #spreadSort}. */
  private static final int SPREAD_SORT_MIN = 8;
  /** A freshly filled bottom larger than this is sorted in O(n log n), not by insertion. */
  private static final int INSERTION_SORT_LIMIT = 64;

  // ---- per slot ----
  /**
   * Three longs per slot: the time's bits, the priority's bits and the sequence number, so
   * that reading an entry's time brings the rest of its key along for the next insertion.
   */
  private long[] slotKey;
  /**
   * Per slot, the next slot in the same container list, or −1. Apart from the keys so that
   * walking a bucket, a chain of dependent reads, stays in a small, dense array.
   */
  private int[] slotNext;
  /** Cancelled entries still in a container. */
  private int dead;

  // ---- top ----
  private double topStart = Double.NEGATIVE_INFINITY;
  private int topHead = -1;
  private int topCount;
  private double topMin = Double.POSITIVE_INFINITY;
  private double topMax = Double.NEGATIVE_INFINITY;
  private double topMaxFinite = Double.NEGATIVE_INFINITY;

  // ---- rungs (0 coarsest) ----
  private int rungs;
  private final double[] rungStart = new double[MAX_RUNGS];
  private final double[] rungInverseWidth = new double[MAX_RUNGS];
  private final double[] rungWidth = new double[MAX_RUNGS];
  private final int[] rungBuckets = new int[MAX_RUNGS];
  private final int[] rungCurrent = new int[MAX_RUNGS];
  private final int[] rungCount = new int[MAX_RUNGS];
  /** Per rung, each bucket's list head (−1 if empty); a bucket's size is counted when taken. */
  private final int[][] rungBucket = new int[MAX_RUNGS][];

  // ---- bottom: sorted descending in [0, bottomEnd), the first pending event last ----
  private double[] bottomTime = new double[INITIAL_CAPACITY];
  private int[] bottomSlot = new int[INITIAL_CAPACITY];
  /** Scratch arrays of {@link #spreadSort}, at least as long as bottom's. */
  private int[] spreadKey = new int[INITIAL_CAPACITY];
  private int[] spreadCount = new int[INITIAL_CAPACITY + 1];
  private double[] spreadTime = new double[INITIAL_CAPACITY];
  private int[] spreadSlot = new int[INITIAL_CAPACITY];
  private int bottomEnd;
  /** The least and greatest time gathered into bottom since it was last emptied. */
  private double bottomMin;
  private double bottomMax;
  /** Cancelled entries the last {@link #gather} skipped. */
  private int gatheredCancelled;

  private long touchSink;

  /** Creates an empty list. */
  public LadderEventList() {
    super(INITIAL_CAPACITY);
    slotKey = new long[3 * INITIAL_CAPACITY];
    slotNext = new int[INITIAL_CAPACITY];
    for (int r = 0; r < MAX_RUNGS; r++) {
      rungBucket[r] = new int[INITIAL_CAPACITY];
    }
  }

  @Override
  public void clear() {
    Arrays.fill(slotEvent, 0, slotsUsed, null);
    freeCount = 0;
    slotsUsed = 0;
    live = 0;
    dead = 0;
    resetContainers();
    minSequence = 0;
    maxSequence = 0;
    modCount++;
  }

  private void resetContainers() {
    topStart = Double.NEGATIVE_INFINITY;
    topHead = -1;
    topCount = 0;
    topMin = Double.POSITIVE_INFINITY;
    topMax = Double.NEGATIVE_INFINITY;
    topMaxFinite = Double.NEGATIVE_INFINITY;
    rungs = 0;
    bottomEnd = 0;
  }

  // ---- insertion ----

  @Override
  void insert(Event ev, double priority, long sequence) {
    int slot = claimSlot(ev);
    double time = ev.time();
    slotKey[3 * slot] = Double.doubleToRawLongBits(time);
    slotKey[3 * slot + 1] = Double.doubleToRawLongBits(priority);
    slotKey[3 * slot + 2] = sequence;
    place(slot, time);
  }

  @Override
  void growKeys(int capacity) {
    slotKey = Arrays.copyOf(slotKey, 3 * capacity);
    slotNext = Arrays.copyOf(slotNext, capacity);
  }

  /** Puts a slot (live or cancelled) into the container its time belongs to. */
  private void place(int slot, double time) {
    if (time > topStart) {
      pushTop(slot, time);
      return;
    }
    for (int r = 0; r < rungs; r++) {
      int bucket = bucketOf(r, time);
      if (bucket >= rungCurrent[r]) {
        pushBucket(r, bucket, slot);
        return;
      }
    }
    insertBottom(slot, time);
  }

  private void pushTop(int slot, double time) {
    slotNext[slot] = topHead;
    topHead = slot;
    topCount++;
    if (time < topMin) {
      topMin = time;
    }
    if (time > topMax) {
      topMax = time;
    }
    if (time > topMaxFinite && time != Double.POSITIVE_INFINITY) {
      topMaxFinite = time;
    }
  }

  /** The rung's bucket for {@code time}: non-decreasing in time, at most the last bucket. */
  private int bucketOf(int rung, double time) {
    int bucket = (int) ((time - rungStart[rung]) * rungInverseWidth[rung]);
    int last = rungBuckets[rung] - 1;
    return bucket > last ? last : bucket;
  }

  private void pushBucket(int r, int bucket, int slot) {
    int[] heads = rungBucket[r];
    slotNext[slot] = heads[bucket];
    heads[bucket] = slot;
    rungCount[r]++;
  }

  /**
   * Inserts into bottom, which is kept in descending order so that an event scheduled soon
   * (the common case: a network hop, a service completion) shifts only the few entries
   * earlier than itself, not every later one.
   */
  private void insertBottom(int slot, double time) {
    if (bottomEnd == bottomSlot.length) {
      growBottom();
    }
    double[] times = bottomTime;
    int[] slots = bottomSlot;
    int i = bottomEnd;
    while (i > 0) {
      double t = times[i - 1];
      if (t > time || (t == time && tieLess(slot, slots[i - 1]))) {
        break;
      }
      times[i] = t;
      slots[i] = slots[i - 1];
      i--;
    }
    times[i] = time;
    slots[i] = slot;
    bottomEnd++;
    if (bottomEnd > BOTTOM_LIMIT && rungs < MAX_RUNGS) {
      bottomToRung();
    }
  }

  private void growBottom() {
    bottomTime = Arrays.copyOf(bottomTime, bottomTime.length * 2);
    bottomSlot = Arrays.copyOf(bottomSlot, bottomSlot.length * 2);
  }

  /** Turns a too-large bottom into a new deepest rung, if its times are not all equal. */
  private void bottomToRung() {
    int n = bottomEnd;
    double start = bottomTime[n - 1];
    double width = (bottomTime[0] - start) / n;
    if (!(width > 0) || width == Double.POSITIVE_INFINITY) {
      return;
    }
    int r = openRung(start, width, n);
    for (int i = 0; i < n; i++) {
      pushRung(r, bottomSlot[i]);
    }
    bottomEnd = 0;
  }

  /** Opens a new deepest rung with empty buckets and returns its index. */
  private int openRung(double start, double width, int buckets) {
    int r = rungs++;
    rungStart[r] = start;
    rungWidth[r] = width;
    rungInverseWidth[r] = 1 / width;
    rungBuckets[r] = buckets;
    rungCurrent[r] = 0;
    rungCount[r] = 0;
    if (rungBucket[r].length < buckets) {
      rungBucket[r] = new int[Math.max(buckets, 2 * rungBucket[r].length)];
    }
    Arrays.fill(rungBucket[r], 0, buckets, -1);
    return r;
  }

  private void pushRung(int r, int slot) {
    int bucket = bucketOf(r, timeOf(slot));
    pushBucket(r, bucket < 0 ? 0 : bucket, slot); // < 0 cannot happen for times >= the start
  }

  // ---- removal ----

  /**
   * Makes bottom's last entry the first pending event; returns false if there is none.
   * Drops cancelled entries on the way.
   */
  @Override
  int firstSlot() {
    return settleFirst() ? bottomSlot[bottomEnd - 1] : -1;
  }

  private boolean settleFirst() {
    while (true) {
      while (bottomEnd > 0) {
        int slot = bottomSlot[bottomEnd - 1];
        if (slotEvent[slot] != null) {
          return true;
        }
        bottomEnd--;
        dropCancelledSlot(slot);
      }
      if (!refill()) {
        return false;
      }
    }
  }

  private void freeSlot(int slot) {
    freeSlots[freeCount++] = slot;
  }

  /** Frees the slot of a cancelled entry leaving its container. */
  private void dropCancelledSlot(int slot) {
    freeSlot(slot);
    dead--;
  }

  /** Moves the next events into the (empty) bottom; returns false if the list is empty. */
  private boolean refill() {
    while (true) {
      if (rungs == 0) {
        if (topCount == 0) {
          topStart = Double.NEGATIVE_INFINITY;
          return false;
        }
        if (transferTop()) {
          return true;
        }
        continue;
      }
      int r = rungs - 1;
      if (rungCount[r] == 0) {
        rungs--;
        continue;
      }
      // Take the next bucket and the following ones until bottom holds FILL_TARGET entries:
      // every entry of one bucket is earlier than every entry of the next, so bottom is
      // their concatenation, each bucket sorted; and reading several events at once lets
      // their cache misses overlap. A bucket with too many entries is split into a finer
      // rung instead (if it is the first) or left for the next refill.
      startBottom();
      int bucketsTaken = 0;
      boolean oversized = false;
      while (rungCount[r] > 0 && bottomEnd < FILL_TARGET) {
        int bucket = nextBucket(r);
        int head = rungBucket[r][bucket];
        int from = bottomEnd;
        int count = gather(head);
        boolean large = count > THRESHOLD;
        if (large && bucketsTaken > 0) {
          bottomEnd = from; // a large bucket is taken alone, at the next refill
          break;
        }
        takeBucket(r, bucket, count);
        releaseCancelled(head);
        bucketsTaken++;
        if (large) {
          if (rungs < MAX_RUNGS && rungWidth[r] / count > 0) {
            splitBottom(r, bucket, count);
            bucketsTaken = 0;
          } else {
            oversized = count > INSERTION_SORT_LIMIT;
          }
          break;
        }
      }
      if (bucketsTaken > 0 && sortBottom(oversized)) {
        return true;
      }
    }
  }

  /** The first non-consumed, non-empty bucket of rung {@code r} (which is not empty). */
  private int nextBucket(int r) {
    int[] heads = rungBucket[r];
    int bucket = rungCurrent[r];
    while (heads[bucket] < 0) {
      bucket++;
    }
    return bucket;
  }

  /** Marks a bucket of {@code count} entries consumed and empties it. */
  private void takeBucket(int r, int bucket, int count) {
    rungBucket[r][bucket] = -1;
    rungCount[r] -= count;
    rungCurrent[r] = bucket + 1;
  }

  /** Spreads a bucket just gathered (alone) into bottom over a new, finer rung. */
  private void splitBottom(int r, int bucket, int count) {
    int child = openRung(rungStart[r] + bucket * rungWidth[r], rungWidth[r] / count, count);
    for (int i = 0; i < bottomEnd; i++) {
      pushRung(child, bottomSlot[i]);
    }
    bottomEnd = 0;
  }

  /**
   * Top becomes the first rung, or is sorted into bottom if small or degenerate; returns
   * true if bottom then holds a pending event.
   */
  private boolean transferTop() {
    int head = topHead;
    int count = topCount;
    double min = topMin;
    topStart = topMax;
    topHead = -1;
    topCount = 0;
    double width = (topMaxFinite - min) / count;
    topMin = Double.POSITIVE_INFINITY;
    topMax = Double.NEGATIVE_INFINITY;
    topMaxFinite = Double.NEGATIVE_INFINITY;
    if (count <= THRESHOLD || !(width > 0) || width == Double.POSITIVE_INFINITY) {
      startBottom();
      gather(head);
      releaseCancelled(head);
      return sortBottom(count > INSERTION_SORT_LIMIT);
    }
    int r = openRung(min, width, count + 1);
    for (int s = head; s >= 0; ) {
      int next = slotNext[s];
      if (slotEvent[s] == null) {
        dropCancelledSlot(s);
      } else {
        pushRung(r, s);
      }
      s = next;
    }
    return false;
  }

  /** Empties bottom before a refill gathers entries into it. */
  private void startBottom() {
    bottomEnd = 0;
    bottomMin = Double.POSITIVE_INFINITY;
    bottomMax = Double.NEGATIVE_INFINITY;
  }

  /**
   * Appends the pending entries of a linked list of slots, unsorted, at the end of bottom,
   * with their times, and reads each one's event, so that the cache misses of the events,
   * of their keys and of the next link all overlap instead of each stalling the simulator
   * later. Cancelled entries are skipped but left in the list (the caller may still put the
   * list back), and counted in {@link #gatheredCancelled}. Returns the list's length.
   */
  private int gather(int head) {
    int[] next = slotNext;
    Event[] events = slotEvent;
    int n = bottomEnd;
    int length = 0;
    int cancelled = 0;
    long touched = 0;
    double min = bottomMin;
    double max = bottomMax;
    for (int s = head; s >= 0; s = next[s]) {
      length++;
      Event ev = events[s];
      if (ev == null) {
        cancelled++;
        continue;
      }
      touched += ev.getRa();
      double time = timeOf(s);
      min = time < min ? time : min;
      max = time > max ? time : max;
      if (n == bottomSlot.length) {
        growBottom();
      }
      bottomSlot[n] = s;
      bottomTime[n] = time;
      n++;
    }
    touchSink += touched;
    bottomEnd = n;
    bottomMin = min;
    bottomMax = max;
    gatheredCancelled = cancelled;
    return length;
  }

  /**
   * Frees the cancelled entries the last {@link #gather} skipped, once the list it walked
   * (from {@code head}) has left its container.
   */
  private void releaseCancelled(int head) {
    if (gatheredCancelled == 0) {
      return;
    }
    for (int s = head; s >= 0; s = slotNext[s]) {
      if (slotEvent[s] == null) {
        dropCancelledSlot(s);
      }
    }
  }

  /**
   * Sorts the freshly gathered bottom; returns true if it holds any entry. An
   * {@code oversized} bottom (one bucket that could not be split) is sorted in O(n log n),
   * a small one by insertion, others by {@link #spreadSort}.
   */
  private boolean sortBottom(boolean oversized) {
    int n = bottomEnd;
    double min = bottomMin;
    double max = bottomMax;
    double range = max - min;
    if (oversized) {
      sortLarge(n);
    } else if (n >= SPREAD_SORT_MIN && range > 0 && range < Double.POSITIVE_INFINITY) {
      spreadSort(n, min, n / range);
    } else {
      insertionSort(n);
    }
    reverseBottom(n);
    return n > 0;
  }

  /** Turns the freshly sorted, ascending bottom into bottom's descending order. */
  private void reverseBottom(int n) {
    double[] times = bottomTime;
    int[] slots = bottomSlot;
    for (int i = 0, j = n - 1; i < j; i++, j--) {
      double t = times[i];
      times[i] = times[j];
      times[j] = t;
      int s = slots[i];
      slots[i] = slots[j];
      slots[j] = s;
    }
  }

  /** Sorts bottom's first {@code n} entries by insertion. */
  private void insertionSort(int n) {
    double[] times = bottomTime;
    int[] slots = bottomSlot;
    for (int i = 1; i < n; i++) {
      double time = times[i];
      int slot = slots[i];
      if (times[i - 1] < time) {
        continue; // already in place: the usual case after a spread
      }
      int j = makeRoom(times, slots, 0, i, time, slot);
      times[j] = time;
      slots[j] = slot;
    }
  }

  /**
   * Sorts bottom's first {@code n} entries, whose times are at least {@code min}: a counting
   * sort on {@code (int) ((time - min) * scale)} (clamped to {@code n - 1}), which places
   * each entry near its final position without comparisons, then insertion to order the
   * few entries that share a key. Bottom's arrays and the scratch arrays swap roles.
   */
  private void spreadSort(int n, double min, double scale) {
    if (spreadKey.length < bottomSlot.length) {
      int capacity = bottomSlot.length;
      spreadKey = new int[capacity];
      spreadCount = new int[capacity + 1];
      spreadTime = new double[capacity];
      spreadSlot = new int[capacity];
    }
    double[] times = bottomTime;
    int[] slots = bottomSlot;
    int[] keys = spreadKey;
    int[] start = spreadCount;
    Arrays.fill(start, 0, n + 1, 0);
    int last = n - 1;
    for (int i = 0; i < n; i++) {
      int key = (int) ((times[i] - min) * scale);
      key = key > last ? last : key;
      keys[i] = key;
      start[key + 1]++;
    }
    for (int k = 0; k < n; k++) {
      start[k + 1] += start[k];
    }
    double[] sortedTimes = spreadTime;
    int[] sortedSlots = spreadSlot;
    for (int i = 0; i < n; i++) {
      int at = start[keys[i]]++;
      sortedTimes[at] = times[i];
      sortedSlots[at] = slots[i];
    }
    spreadTime = times;
    spreadSlot = slots;
    bottomTime = sortedTimes;
    bottomSlot = sortedSlots;
    insertionSort(n);
  }

  /**
   * Insertion step over the sorted run {@code [lo, end)}: shifts the entries that come after
   * ({@code time}, {@code slot}) one place right and returns where it goes (ties: after).
   */
  private int makeRoom(double[] times, int[] slots, int lo, int end, double time, int slot) {
    int i = end;
    while (i > lo) {
      double t = times[i - 1];
      if (t < time || (t == time && !tieLess(slot, slots[i - 1]))) {
        break;
      }
      times[i] = t;
      slots[i] = slots[i - 1];
      i--;
    }
    return i;
  }

  /** Sorts a large bottom (a bucket that could not be split): rare, may allocate. */
  private void sortLarge(int n) {
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = bottomSlot[i];
    }
    Arrays.sort(order, (a, b) -> slotLess(a, b) ? -1 : slotLess(b, a) ? 1 : 0);
    for (int i = 0; i < n; i++) {
      bottomSlot[i] = order[i];
      bottomTime[i] = timeOf(order[i]);
    }
  }

  @Override
  public Event getFirst() {
    return settleFirst() ? slotEvent[bottomSlot[bottomEnd - 1]] : null;
  }

  @Override
  public Event removeFirst() {
    if (!settleFirst()) {
      return null;
    }
    int slot = bottomSlot[--bottomEnd];
    Event first = slotEvent[slot];
    slotEvent[slot] = null;
    freeSlot(slot);
    live--;
    modCount++;
    return first;
  }

  /** Removes {@code ev} in O(1): its entry is dropped later (see the design notes). */
  @Override
  public boolean remove(Event ev) {
    int slot = slotOf(ev);
    if (slot < 0) {
      return false;
    }
    slotEvent[slot] = null;
    live--;
    dead++;
    modCount++;
    if (dead > live + PURGE_SLACK) {
      purge();
    }
    return true;
  }

  /** Frees every cancelled entry and puts all pending events back into top, in O(n). */
  private void purge() {
    resetContainers();
    freeCount = 0;
    for (int s = 0; s < slotsUsed; s++) {
      if (slotEvent[s] == null) {
        freeSlot(s);
      } else {
        pushTop(s, timeOf(s));
      }
    }
    dead = 0;
  }

  // ---- keys ----

  @Override
  double timeOf(int slot) {
    return Double.longBitsToDouble(slotKey[3 * slot]);
  }

  @Override
  double priorityOf(int slot) {
    return Double.longBitsToDouble(slotKey[3 * slot + 1]);
  }

  @Override
  long sequenceOf(int slot) {
    return slotKey[3 * slot + 2];
  }

  // ---- tie groups ----

  /** The live tie-group member (same time and priority) just before/after {@code slot}. */
  @Override
  int groupNeighbour(double time, double priority, int slot, boolean before) {
    long sequence = sequenceOf(slot);
    int found = -1;
    for (int s = 0; s < slotsUsed; s++) {
      if (s == slot || slotEvent[s] == null || timeOf(s) != time
          || priorityOf(s) != priority) {
        continue;
      }
      if (nearerNeighbour(s, found, sequence, before)) {
        found = s;
      }
    }
    return found;
  }

  /**
   * Respaces the sequence numbers of one tie group, keeping its order.
   */
  @Override
  void renumberGroup(double time, double priority) {
    List<long[]> members = new ArrayList<>();
    for (int s = 0; s < slotsUsed; s++) {
      // free slots too (harmless: a free slot's key is rewritten when it is claimed), and
      // cancelled entries, which may still sit in the sorted bottom
      if (timeOf(s) == time && priorityOf(s) == priority) {
        members.add(new long[] {sequenceOf(s), s});
      }
    }
    respace(members);
  }

  @Override
  void setSequence(int slot, long sequence) {
    slotKey[3 * slot + 2] = sequence;
  }
}
