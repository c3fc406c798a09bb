package io.kubesim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ListIterator;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.rng.RandomStream;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.DoublyLinked;
import umontreal.ssj.simevents.eventlist.EventList;
import umontreal.ssj.simevents.eventlist.SplayTree;

/**
 * The {@link EventList} contract kubesim's lists implement (see {@link HeapEventList}), run
 * against each of them by a subclass.
 */
abstract class EventListContractTest {

  /** A new, empty list of the kind under test. */
  abstract EventList newList();

  /** The number of pending events in {@code list}, a list of the kind under test. */
  abstract int size(EventList list);


  private static final Simulator UNUSED = new Simulator();

  /** An event whose time and priority a test sets directly; it records nothing. */
  private static class Probe extends Event {
    final int id;
    long insertion;

    Probe(int id, double time, double priority) {
      super(UNUSED);
      this.id = id;
      at(time, priority);
    }

    final Probe at(double time, double priority) {
      this.eventTime = time;
      this.priority = priority;
      return this;
    }

    @Override
    public void actions() {}

    @Override
    public String toString() {
      return "Probe" + id;
    }
  }

  private static final class OtherProbe extends Probe {
    OtherProbe(int id, double time, double priority) {
      super(id, time, priority);
    }
  }

  private static List<Event> drain(EventList list) {
    List<Event> out = new ArrayList<>();
    for (Event e = list.removeFirst(); e != null; e = list.removeFirst()) {
      out.add(e);
    }
    return out;
  }

  private static List<Event> iterate(EventList list) {
    List<Event> out = new ArrayList<>();
    list.forEach(out::add);
    return out;
  }

  @Test
  void removeFirst_returnsEventsInTimePriorityInsertionOrder() {
    SplittableRandom random = new SplittableRandom(42);
    EventList list = newList();
    Comparator<Probe> order = Comparator.<Probe>comparingDouble(Event::time)
        .thenComparingDouble(Event::priority).thenComparingLong(p -> p.insertion);
    PriorityQueue<Probe> reference = new PriorityQueue<>(order);
    for (int i = 0; i < 5_000; i++) {
      // few distinct times and priorities: many exact ties
      Probe p = new Probe(i, random.nextInt(50), random.nextInt(3));
      p.insertion = i;
      list.add(p);
      reference.add(p);
    }
    assertEquals(5_000, size(list));
    for (int i = 0; i < 5_000; i++) {
      assertSame(reference.peek(), list.getFirst());
      assertSame(reference.poll(), list.removeFirst());
    }
    assertTrue(list.isEmpty());
    assertNull(list.removeFirst());
    assertNull(list.getFirst());
  }

  /**
   * Sparse events with dense clusters among them: a narrow burst of distinct times, and a
   * large group of equal times that no finer bucket can separate. Some are cancelled, and
   * while draining, events are added just after the current time and far ahead.
   */
  @Test
  void denseClustersAmongSparseEvents_comeOutInOrder() {
    SplittableRandom random = new SplittableRandom(7);
    EventList list = newList();
    Comparator<Probe> order = Comparator.<Probe>comparingDouble(Event::time)
        .thenComparingDouble(Event::priority).thenComparingLong(p -> p.insertion);
    PriorityQueue<Probe> reference = new PriorityQueue<>(order);
    long insertion = 0;
    int id = 0;
    List<Probe> all = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      all.add(new Probe(id++, random.nextDouble() * 100, random.nextInt(2)));
    }
    for (int i = 0; i < 600; i++) {
      all.add(new Probe(id++, 40 + random.nextDouble() * 1e-3, random.nextInt(2)));
      all.add(new Probe(id++, 70, random.nextInt(2)));
    }
    for (Probe p : all) {
      p.insertion = insertion++;
      list.add(p);
      reference.add(p);
    }
    for (int i = 0; i < all.size(); i += 7) {
      Probe victim = all.get(i);
      assertTrue(list.remove(victim));
      reference.remove(victim);
    }
    while (!reference.isEmpty()) {
      Probe first = reference.poll();
      assertSame(first, list.removeFirst());
      if (random.nextInt(4) == 0) {
        Probe p = new Probe(id++, first.time() + (random.nextBoolean() ? 1e-6 : 50), 0);
        p.insertion = insertion++;
        list.add(p);
        reference.add(p);
      }
    }
    assertNull(list.removeFirst());
  }

  /**
   * A plain sorted list that follows SSJ's documented semantics literally; the oracle for
   * the random operation sequences.
   */
  private static final class ReferenceList {
    final List<Probe> events = new ArrayList<>();

    static int compareKey(Probe a, Probe b) {
      int c = Double.compare(a.time(), b.time());
      return c != 0 ? c : Double.compare(a.priority(), b.priority());
    }

    void add(Probe p) {
      int i = events.size();
      while (i > 0 && compareKey(p, events.get(i - 1)) < 0) {
        i--;
      }
      events.add(i, p);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void randomOperations_matchSortedReference(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    EventList list = newList();
    ReferenceList reference = new ReferenceList();
    double now = 0;
    int nextId = 0;
    for (int step = 0; step < 20_000; step++) {
      int op = random.nextInt(100);
      List<Probe> pending = reference.events;
      if (op < 35 || pending.isEmpty()) {
        Probe p = new Probe(nextId++, now + random.nextInt(20), 1 + random.nextInt(3));
        list.add(p);
        reference.add(p);
      } else if (op < 60) {
        Probe first = pending.remove(0);
        assertSame(first, list.removeFirst(), "removeFirst at step " + step);
        now = first.time();
      } else if (op < 70) { // cancel
        Probe p = pending.remove(random.nextInt(pending.size()));
        assertTrue(list.remove(p));
        assertFalse(list.remove(p), "a removed event is no longer in the list");
      } else if (op < 80) { // reschedule: cancel and schedule again, same event object
        Probe p = pending.remove(random.nextInt(pending.size()));
        assertTrue(list.remove(p));
        p.at(now + random.nextInt(20), 1 + random.nextInt(3));
        list.add(p);
        reference.add(p);
      } else if (op < 85) { // as Event.scheduleNext: now, priority 0, before everything
        Probe p = new Probe(nextId++, now, 0);
        list.addFirst(p);
        pending.add(0, p);
      } else if (op < 90) { // as Event.scheduleBefore
        Probe other = pending.get(random.nextInt(pending.size()));
        Probe p = new Probe(nextId++, other.time(), other.priority());
        list.addBefore(p, other);
        pending.add(pending.indexOf(other), p);
      } else if (op < 98) { // as Event.scheduleAfter
        Probe other = pending.get(random.nextInt(pending.size()));
        Probe p = new Probe(nextId++, other.time(), other.priority());
        list.addAfter(p, other);
        pending.add(pending.indexOf(other) + 1, p);
      } else if (op < 99) {
        assertEquals(pending, iterate(list), "iteration order at step " + step);
      } else {
        list.clear();
        pending.clear();
      }
      assertEquals(pending.size(), size(list));
      assertSame(pending.isEmpty() ? null : pending.get(0), list.getFirst());
    }
    assertEquals(new ArrayList<Event>(reference.events), drain(list));
  }

  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13})
  void remove_cancellationHeavyMix_purgesAndKeepsOrder(long seed) {
    // like request timeouts: most scheduled events are cancelled before they happen
    SplittableRandom random = new SplittableRandom(seed);
    EventList list = newList();
    ReferenceList reference = new ReferenceList();
    double now = 0;
    for (int step = 0; step < 50_000; step++) {
      int op = random.nextInt(10);
      List<Probe> pending = reference.events;
      if (op < 5 || pending.isEmpty()) {
        Probe p = new Probe(step, now + random.nextInt(100), 1 + random.nextInt(2));
        list.add(p);
        reference.add(p);
      } else if (op < 9) {
        Probe p = pending.remove(random.nextInt(pending.size()));
        assertTrue(list.remove(p));
      } else {
        Probe first = pending.remove(0);
        assertSame(first, list.removeFirst(), "removeFirst at step " + step);
        now = first.time();
      }
      assertEquals(pending.size(), size(list));
    }
    assertEquals(new ArrayList<Event>(reference.events), iterate(list));
    assertEquals(new ArrayList<Event>(reference.events), drain(list));
  }

  /**
   * Hold-model workloads with many pending events and continuous increments (exponential,
   * bimodal, with some exact ties, infinite times and cancellations), checked against a
   * {@code PriorityQueue} ordered by (time, priority, insertion).
   */
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3})
  void holds_manyPendingEvents_matchPriorityQueue(int distribution) {
    SplittableRandom random = new SplittableRandom(100 + distribution);
    EventList list = newList();
    Comparator<Probe> order = Comparator.<Probe>comparingDouble(Event::time)
        .thenComparingDouble(Event::priority).thenComparingLong(p -> p.insertion);
    PriorityQueue<Probe> reference = new PriorityQueue<>(order);
    long insertion = 0;
    double now = 0;
    int n = 20_000;
    for (int step = 0; step < 6 * n; step++) {
      if (step < n || (step >= 3 * n && step < 4 * n) || reference.isEmpty()) {
        double increment;
        switch (distribution) {
          case 0: increment = -Math.log(1 - random.nextDouble()); break;
          case 1: increment = random.nextDouble() < 0.9 ? 0.2 * random.nextDouble()
              : 18.2 * random.nextDouble(); break;
          case 2: increment = random.nextInt(4) == 0 ? 0 : random.nextInt(5) * 0.25; break;
          default: increment = random.nextInt(100) == 0 ? Double.POSITIVE_INFINITY
              : random.nextDouble() * 1e-9 + random.nextInt(3); break;
        }
        Probe p = new Probe(step, now + increment, random.nextInt(2));
        p.insertion = insertion++;
        list.add(p);
        reference.add(p);
      } else if (random.nextInt(10) == 0 && reference.size() > 1) {
        // cancel the event a sample of the pending set finds (not the first)
        Probe victim = null;
        for (Event e : reference) {
          victim = (Probe) e;
          if (random.nextInt(8) == 0) {
            break;
          }
        }
        reference.remove(victim);
        assertTrue(list.remove(victim));
      } else {
        Probe first = reference.poll();
        assertSame(first, list.removeFirst(), "removeFirst at step " + step);
        if (first.time() != Double.POSITIVE_INFINITY) {
          now = first.time();
        }
        if (step % 3 != 0) { // hold: schedule the same event again
          first.at(now + (distribution == 2 ? random.nextInt(3) : random.nextDouble() * 3),
              random.nextInt(2));
          first.insertion = insertion++;
          list.add(first);
          reference.add(first);
        }
      }
      assertEquals(reference.size(), size(list));
    }
    List<Event> expected = new ArrayList<>();
    while (!reference.isEmpty()) {
      expected.add(reference.poll());
    }
    assertEquals(expected, drain(list));
  }

  @Test
  void removeFirst_thenGetFirstAndAdd_seeTheNextEvent() {
    EventList list = newList();
    Probe a = new Probe(0, 1, 1);
    Probe b = new Probe(1, 2, 1);
    Probe c = new Probe(2, 3, 1);
    list.add(a);
    list.add(b);
    list.add(c);
    assertSame(a, list.removeFirst());
    assertEquals(2, size(list));
    assertSame(b, list.getFirst());
    assertSame(b, list.removeFirst());
    list.add(a.at(2.5, 1));
    assertEquals(List.of(a, c), iterate(list));
  }

  @Test
  void addAfter_manyTimesOnOneEvent_keepsAdjacencyAcrossRenumbering() {
    EventList list = newList();
    Probe anchor = new Probe(0, 1.0, 1);
    Probe tail = new Probe(1, 1.0, 1);
    list.add(anchor);
    list.add(tail);
    List<Event> expected = new ArrayList<>(List.of(anchor, tail));
    // each addAfter(anchor) halves the gap after anchor: forces tie-group renumbering
    for (int i = 2; i < 80; i++) {
      Probe p = new Probe(i, 1.0, 1);
      list.addAfter(p, anchor);
      expected.add(1, p);
    }
    for (int i = 80; i < 160; i++) {
      Probe p = new Probe(i, 1.0, 1);
      list.addBefore(p, tail);
      expected.add(expected.size() - 1, p);
    }
    assertEquals(expected, drain(list));
  }

  @Test
  void addBefore_eventNotInList_throws() {
    EventList list = newList();
    list.add(new Probe(0, 1, 1));
    Probe stranger = new Probe(1, 1, 1);
    assertThrows(IllegalArgumentException.class,
        () -> list.addBefore(new Probe(2, 1, 1), stranger));
    assertThrows(IllegalArgumentException.class,
        () -> list.addAfter(new Probe(3, 1, 1), stranger));
  }

  @Test
  void addBefore_differentTime_throws() {
    EventList list = newList();
    Probe other = new Probe(0, 1, 1);
    list.add(other);
    assertThrows(IllegalArgumentException.class, () -> list.addBefore(new Probe(1, 2, 1), other));
  }

  @Test
  void add_sameEventTwice_throws() {
    EventList list = newList();
    Probe p = new Probe(0, 1, 1);
    list.add(p);
    assertThrows(IllegalStateException.class, () -> list.add(p));
  }

  @Test
  void add_nanTime_throws() {
    EventList list = newList();
    assertThrows(IllegalArgumentException.class, () -> list.add(new Probe(0, Double.NaN, 1)));
  }

  @Test
  void addFirst_sameTimeLargerPriority_stillComesFirst() {
    EventList list = newList();
    Probe early = new Probe(0, 5, -3);
    list.add(early);
    Probe next = new Probe(1, 5, 0);
    list.addFirst(next);
    assertSame(next, list.getFirst());
    assertThrows(IllegalArgumentException.class, () -> list.addFirst(new Probe(2, 6, 0)));
  }

  @Test
  void remove_eventFromAnotherListWithStaleSlot_returnsFalse() {
    EventList a = newList();
    EventList b = newList();
    Probe inA = new Probe(0, 1, 1);
    a.add(inA);
    b.add(new Probe(1, 1, 1)); // same slot number 0 in b
    assertFalse(b.remove(inA));
    assertEquals(1, size(b));
  }

  @Test
  void getFirstOfClass_returnsEarliestOfThatClass() {
    EventList list = newList();
    list.add(new Probe(0, 1, 1));
    OtherProbe late = new OtherProbe(1, 9, 1);
    OtherProbe early = new OtherProbe(2, 3, 1);
    list.add(late);
    list.add(early);
    assertSame(early, list.getFirstOfClass(OtherProbe.class));
    assertSame(early, list.getFirstOfClass(OtherProbe.class.getName()));
    assertNull(list.getFirstOfClass(EventListContractTest.class.getName()));
  }

  @Test
  void listIterator_walksInOrderAndWritesThrough() {
    EventList list = newList();
    Probe a = new Probe(0, 1, 1);
    Probe b = new Probe(1, 2, 1);
    Probe c = new Probe(2, 3, 1);
    list.add(c);
    list.add(a);
    list.add(b);
    ListIterator<Event> it = list.listIterator();
    assertSame(a, it.next());
    assertSame(b, it.next());
    it.remove();
    Probe inserted = new Probe(3, 0, 1); // clamped to a's time and priority, after a
    inserted.at(-10, 1);
    it.add(inserted);
    assertSame(c, it.next());
    assertSame(c, it.previous());
    assertFalse(list.remove(b));
    assertEquals(List.of(a, inserted, c), drain(list));
    assertEquals(1.0, inserted.time());
  }

  @Test
  void listIterator_afterOutsideModification_failsFast() {
    EventList list = newList();
    list.add(new Probe(0, 1, 1));
    ListIterator<Event> it = list.listIterator();
    list.add(new Probe(1, 2, 1));
    assertThrows(java.util.ConcurrentModificationException.class, it::next);
  }

  @Test
  void toString_listsEventsInOrderInSsjFormat() {
    EventList list = newList();
    list.add(new Probe(1, 2.5, 1));
    list.add(new Probe(0, 1, 1));
    String[] lines = list.toString().split(System.lineSeparator());
    assertEquals("Contents of the event list " + list.getClass().getSimpleName() + ":", lines[0]);
    assertTrue(lines[1].endsWith(" : Probe0"), lines[1]);
    assertTrue(lines[2].endsWith(" : Probe1"), lines[2]);
  }

  @Test
  void clear_emptiesTheListAndAllowsReuse() {
    EventList list = newList();
    Probe p = new Probe(0, 1, 1);
    for (int i = 0; i < 1000; i++) {
      list.add(new Probe(i + 1, i, 1));
    }
    list.add(p);
    list.clear();
    assertTrue(list.isEmpty());
    assertFalse(list.remove(p));
    list.add(p);
    assertSame(p, list.removeFirst());
  }

  /** An event that reschedules itself and records each run in a shared trace. */
  private static final class Ticker extends Event {
    private final int id;
    private final RandomStream stream;
    private final List<String> trace;
    private int remaining;

    Ticker(Simulator sim, int id, RandomStream stream, List<String> trace, int runs) {
      super(sim);
      this.id = id;
      this.stream = stream;
      this.trace = trace;
      this.remaining = runs;
    }

    @Override
    public void actions() {
      trace.add(simulator().time() + "/" + priority() + "/" + id);
      if (--remaining <= 0) {
        return;
      }
      Event first = simulator().getEventList().getFirst();
      int how = stream.nextInt(0, 9);
      if (how == 0) {
        scheduleNext();
      } else if (how == 1 && first != null) {
        scheduleBefore(first);
      } else if (how == 2 && first != null) {
        scheduleAfter(first);
      } else {
        // integer delays: many exact ties
        setPriority(stream.nextInt(0, 2));
        schedule(stream.nextInt(0, 3));
      }
    }
  }

  private static List<String> runTickers(Supplier<EventList> listFactory) {
    Simulator sim = new Simulator(listFactory.get());
    sim.init();
    MRG32k3a stream = new MRG32k3a();
    stream.setSeed(new long[] {12345, 12345, 12345, 12345, 12345, 12345});
    List<String> trace = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      new Ticker(sim, i, stream, trace, 50).schedule(stream.nextInt(0, 10));
    }
    sim.start();
    return trace;
  }

  @Test
  void simulator_withSelfReschedulingEvents_runsInSameOrderAsSsjLists() {
    List<String> heap = runTickers(this::newList);
    assertEquals(200 * 50, heap.size());
    assertTrue(runTickers(DoublyLinked::new).equals(heap), "same trace as DoublyLinked");
    assertTrue(runTickers(SplayTree::new).equals(heap), "same trace as SplayTree");
  }
}
