package io.kubesim.jmh;

import java.util.Arrays;
import java.util.Iterator;
import java.util.ListIterator;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.eventlist.EventList;

/**
 * A reference, not a usable event list: the least an {@link EventList} can do for the hold
 * model through SSJ's Simulator. A 4-ary heap of (time, event) with no tie-breaking, no
 * cancellation and no special insertions (those throw), using the same root-hole and
 * touch-the-next-event tricks as {@code HeapEventList}. It measures what the Simulator and
 * the event objects cost on top of the bare {@code double[]} floor.
 */
public final class BareHeapEventList implements EventList {
  private double[] times = new double[64];
  private Event[] events = new Event[64];
  private int size;
  private boolean rootHole;
  private long touchSink;

  @Override
  public boolean isEmpty() {
    return size == (rootHole ? 1 : 0);
  }

  @Override
  public void clear() {
    Arrays.fill(events, null);
    size = 0;
    rootHole = false;
  }

  @Override
  public void add(Event ev) {
    double time = ev.time();
    if (rootHole) {
      rootHole = false;
      touchNextFirst();
      siftDown(time, ev);
      return;
    }
    if (size == times.length) {
      times = Arrays.copyOf(times, size * 2);
      events = Arrays.copyOf(events, size * 2);
    }
    int position = size++;
    while (position > 0) {
      int parent = (position - 1) >>> 2;
      if (time >= times[parent]) {
        break;
      }
      times[position] = times[parent];
      events[position] = events[parent];
      position = parent;
    }
    times[position] = time;
    events[position] = ev;
  }

  private void touchNextFirst() {
    int n = Math.min(size, 5);
    if (n < 2) {
      return;
    }
    int best = 1;
    for (int c = 2; c < n; c++) {
      if (times[c] < times[best]) {
        best = c;
      }
    }
    touchSink += events[best].getRa();
  }

  private void siftDown(double time, Event ev) {
    int n = size;
    int position = 0;
    while (true) {
      int child = (position << 2) + 1;
      if (child >= n) {
        break;
      }
      int best = child;
      double bestTime = times[child];
      int end = Math.min(child + 4, n);
      for (int c = child + 1; c < end; c++) {
        if (times[c] < bestTime) {
          best = c;
          bestTime = times[c];
        }
      }
      if (time <= bestTime) {
        break;
      }
      times[position] = bestTime;
      events[position] = events[best];
      position = best;
    }
    times[position] = time;
    events[position] = ev;
  }

  @Override
  public Event removeFirst() {
    if (rootHole) {
      rootHole = false;
      int last = --size;
      if (last > 0) {
        siftDown(times[last], events[last]);
      }
      events[last] = null;
    }
    if (size == 0) {
      return null;
    }
    rootHole = true;
    return events[0];
  }

  @Override
  public Event getFirst() {
    throw new UnsupportedOperationException("reference list: add and removeFirst only");
  }

  @Override
  public void addFirst(Event ev) {
    throw new UnsupportedOperationException("reference list: add and removeFirst only");
  }

  @Override
  public void addBefore(Event ev, Event other) {
    throw new UnsupportedOperationException("reference list: add and removeFirst only");
  }

  @Override
  public void addAfter(Event ev, Event other) {
    throw new UnsupportedOperationException("reference list: add and removeFirst only");
  }

  @Override
  public Event getFirstOfClass(String cl) {
    throw new UnsupportedOperationException("reference list: add and removeFirst only");
  }

  @Override
  public <E extends Event> E getFirstOfClass(Class<E> cl) {
    throw new UnsupportedOperationException("reference list: add and removeFirst only");
  }

  @Override
  public ListIterator<Event> listIterator() {
    throw new UnsupportedOperationException("reference list: add and removeFirst only");
  }

  @Override
  public Iterator<Event> iterator() {
    throw new UnsupportedOperationException("reference list: add and removeFirst only");
  }

  @Override
  public boolean remove(Event ev) {
    throw new UnsupportedOperationException("reference list: add and removeFirst only");
  }
}
