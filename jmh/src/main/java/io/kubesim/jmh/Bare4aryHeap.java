package io.kubesim.jmh;

/**
 * The floor of the hold model: a 4-ary min-heap over a bare {@code double[]} of event times,
 * with no event objects, no tie-breaking and no removal by identity.
 */
public final class Bare4aryHeap {
  private final double[] keys;
  private int size;

  /** Creates an empty heap holding at most {@code capacity} keys. */
  public Bare4aryHeap(int capacity) {
    keys = new double[capacity];
  }

  /** Inserts {@code key}. */
  public void add(double key) {
    int position = size++;
    while (position > 0) {
      int parent = (position - 1) >>> 2;
      double parentKey = keys[parent];
      if (key >= parentKey) {
        break;
      }
      keys[position] = parentKey;
      position = parent;
    }
    keys[position] = key;
  }

  /** Removes and returns the smallest key; the heap must not be empty. */
  public double removeMin() {
    double min = keys[0];
    int n = --size;
    siftDown(keys[n], n);
    return min;
  }

  /**
   * Replaces the smallest key by {@code key} and returns the smallest: a hold in one
   * sift-down, the trick {@code HeapEventList} plays when an add follows a removeFirst.
   */
  public double replaceMin(double key) {
    double min = keys[0];
    siftDown(key, size);
    return min;
  }

  /** Places {@code key} at the vacant root of a heap of {@code n} keys, sifting it down. */
  private void siftDown(double key, int n) {
    int position = 0;
    while (true) {
      int child = (position << 2) + 1;
      if (child >= n) {
        break;
      }
      int best = child;
      double bestKey = keys[child];
      int end = Math.min(child + 4, n);
      for (int c = child + 1; c < end; c++) {
        if (keys[c] < bestKey) {
          best = c;
          bestKey = keys[c];
        }
      }
      if (key <= bestKey) {
        break;
      }
      keys[position] = bestKey;
      position = best;
    }
    keys[position] = key;
  }

  /** Returns the smallest key; the heap must not be empty. */
  public double min() {
    return keys[0];
  }

  /** Returns the number of keys. */
  public int size() {
    return size;
  }
}
