package io.kubesim.jmh;

import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.EventList;

/**
 * The hold model (Jones 1986): with n events pending, repeatedly remove the earliest and
 * schedule a new one at now + a random increment. Scores are nanoseconds per hold.
 *
 * <ul>
 *   <li>{@link #simulator}: through SSJ's {@link Simulator} with each event list, SSJ's and
 *       kubesim's {@code HeapEventList} and {@code LadderEventList};</li>
 *   <li>{@link #simulatorDoublyLinked}: the same with SSJ's O(n) linked list, small sizes
 *       only;</li>
 *   <li>{@link #simulatorBareHeap}: reference, the same through the Simulator with
 *       {@link BareHeapEventList}, the least a list can do (no ties, no cancellation): the
 *       floor as seen through the Simulator and event objects;</li>
 *   <li>{@link #javaPriorityQueue}: reference, a {@code java.util.PriorityQueue} of event
 *       objects ordered by (time, priority, sequence), driven by a bare loop;</li>
 *   <li>{@link #bare4aryHeap}: the floor, a 4-ary heap of {@code double} keys, no events:
 *       each hold is a removeMin (last key to the root, sift down) and an add (sift up);</li>
 *   <li>{@link #bare4aryHeapReplaceTop}: the same heap doing each hold as one
 *       replace-the-minimum sift-down, the trick {@code HeapEventList} plays.</li>
 * </ul>
 *
 * All four read the same seeded increment table ({@link Increments}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(HoldModel.HOLDS_PER_INVOCATION)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class HoldModel {

  /** Holds per benchmark invocation. */
  public static final int HOLDS_PER_INVOCATION = 1 << 12;

  /**
   * What the Simulator-driven states share: the increment distribution, and a hold model
   * over the subclass's list, filled and brought to a steady state before measurement.
   */
  @State(Scope.Thread)
  public abstract static class SimulatedHoldState {
    /** Increment distribution. */
    @Param({"EXPONENTIAL", "BIMODAL"})
    public Increments increments;

    SimulatedHold hold;

    /** A new, empty list of the kind under test. */
    abstract EventList newList();

    /** Pending events. */
    abstract int pending();

    /** Builds the list and reaches a steady state. */
    @Setup
    public void setUp() {
      hold = new SimulatedHold(newList(), pending(), increments.table());
    }
  }

  /** SSJ's Simulator over each event list but the linked list. */
  @State(Scope.Thread)
  public static class SimulatorState extends SimulatedHoldState {
    /** The event list under test. */
    @Param({"SPLAY_TREE", "BINARY_TREE", "HENRIKSEN", "RED_BLACK_TREE", "HEAP_EVENT_LIST",
        "LADDER_EVENT_LIST"})
    public EventListKind eventList;
    /** Pending events. */
    @Param({"1000", "10000", "100000", "1000000"})
    public int size;

    @Override
    EventList newList() {
      return eventList.newList();
    }

    @Override
    int pending() {
      return size;
    }
  }

  /** SSJ's Simulator over SSJ's doubly linked list, at the sizes where it finishes. */
  @State(Scope.Thread)
  public static class DoublyLinkedState extends SimulatedHoldState {
    /** Pending events. */
    @Param({"1000", "10000"})
    public int size;

    @Override
    EventList newList() {
      return EventListKind.DOUBLY_LINKED.newList();
    }

    @Override
    int pending() {
      return size;
    }
  }

  /** SSJ's Simulator over the bare reference heap of events. */
  @State(Scope.Thread)
  public static class BareHeapState extends SimulatedHoldState {
    /** Pending events. */
    @Param({"1000", "10000", "100000", "1000000"})
    public int size;

    @Override
    EventList newList() {
      return new BareHeapEventList();
    }

    @Override
    int pending() {
      return size;
    }
  }

  /** A plain event for the priority-queue reference. */
  static final class QueuedEvent extends Event {
    long sequence;

    QueuedEvent(Simulator simulator) {
      super(simulator);
    }

    void setScheduledTime(double time, long sequence) {
      this.eventTime = time;
      this.sequence = sequence;
    }

    @Override
    public void actions() {}
  }

  /** Reference: {@code java.util.PriorityQueue} of events. */
  @State(Scope.Thread)
  public static class PriorityQueueState {
    /** Pending events. */
    @Param({"1000", "10000", "100000", "1000000"})
    public int size;
    /** Increment distribution. */
    @Param({"EXPONENTIAL", "BIMODAL"})
    public Increments increments;

    PriorityQueue<QueuedEvent> queue;
    double[] table;
    int cursor;
    long sequence;
    double now;

    /** Fills the queue and reaches a steady state. */
    @Setup
    public void setUp() {
      table = increments.table();
      queue = new PriorityQueue<>(size, Comparator.comparingDouble(QueuedEvent::time)
          .thenComparingDouble(QueuedEvent::priority)
          .thenComparingLong(e -> e.sequence));
      Simulator simulator = new Simulator();
      for (int i = 0; i < size; i++) {
        QueuedEvent e = new QueuedEvent(simulator);
        e.setScheduledTime(table[cursor++ & (table.length - 1)], sequence++);
        queue.add(e);
      }
      holds(size);
    }

    double holds(int count) {
      int mask = table.length - 1;
      for (int i = 0; i < count; i++) {
        QueuedEvent e = queue.poll();
        now = e.time();
        e.setScheduledTime(now + table[cursor++ & mask], sequence++);
        queue.add(e);
      }
      return now;
    }
  }

  /** The floor: a bare 4-ary heap of keys. */
  @State(Scope.Thread)
  public static class FloorState {
    /** Pending events. */
    @Param({"1000", "10000", "100000", "1000000"})
    public int size;
    /** Increment distribution. */
    @Param({"EXPONENTIAL", "BIMODAL"})
    public Increments increments;

    Bare4aryHeap heap;
    double[] table;
    int cursor;
    double now;

    /** Fills the heap and reaches a steady state. */
    @Setup
    public void setUp() {
      table = increments.table();
      heap = new Bare4aryHeap(size);
      for (int i = 0; i < size; i++) {
        heap.add(table[cursor++ & (table.length - 1)]);
      }
      holds(size);
    }

    double holds(int count) {
      int mask = table.length - 1;
      for (int i = 0; i < count; i++) {
        now = heap.removeMin();
        heap.add(now + table[cursor++ & mask]);
      }
      return now;
    }

    double replaceTopHolds(int count) {
      int mask = table.length - 1;
      for (int i = 0; i < count; i++) {
        now = heap.replaceMin(heap.min() + table[cursor++ & mask]);
      }
      return now;
    }
  }

  /** Holds through SSJ's Simulator. */
  @Benchmark
  public double simulator(SimulatorState state) {
    return state.hold.run(HOLDS_PER_INVOCATION);
  }

  /** Holds through SSJ's Simulator over SSJ's doubly linked list. */
  @Benchmark
  public double simulatorDoublyLinked(DoublyLinkedState state) {
    return state.hold.run(HOLDS_PER_INVOCATION);
  }

  /** Holds through SSJ's Simulator over the bare reference heap of events. */
  @Benchmark
  public double simulatorBareHeap(BareHeapState state) {
    return state.hold.run(HOLDS_PER_INVOCATION);
  }

  /** Holds on a {@code java.util.PriorityQueue} of events. */
  @Benchmark
  public double javaPriorityQueue(PriorityQueueState state) {
    return state.holds(HOLDS_PER_INVOCATION);
  }

  /** Holds on the bare 4-ary heap of keys, each as one replace-the-minimum. */
  @Benchmark
  public double bare4aryHeapReplaceTop(FloorState state) {
    return state.replaceTopHolds(HOLDS_PER_INVOCATION);
  }

  /** Holds on the bare 4-ary heap of keys: the floor. */
  @Benchmark
  public double bare4aryHeap(FloorState state) {
    return state.holds(HOLDS_PER_INVOCATION);
  }
}
