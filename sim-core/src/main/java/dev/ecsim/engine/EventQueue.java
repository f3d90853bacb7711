package dev.ecsim.engine;

import java.util.Arrays;

/**
 * A binary min-heap of scheduled events that knows each entry's position, so a cancel removes the
 * entry at once (no tombstones piling up from timers that never fire).
 */
final class EventQueue {
  static final int NOT_QUEUED = -1;

  private ScheduledEvent[] heap = new ScheduledEvent[64];
  private int size;

  int size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }

  ScheduledEvent peek() {
    return size == 0 ? null : heap[0];
  }

  void add(ScheduledEvent e) {
    if (size == heap.length) {
      heap = Arrays.copyOf(heap, size * 2);
    }
    heap[size] = e;
    e.heapIndex = size;
    size++;
    siftUp(e.heapIndex);
  }

  ScheduledEvent poll() {
    ScheduledEvent head = heap[0];
    removeAt(0);
    return head;
  }

  boolean remove(ScheduledEvent e) {
    int i = e.heapIndex;
    if (i == NOT_QUEUED || i >= size || heap[i] != e) {
      return false;
    }
    removeAt(i);
    return true;
  }

  private void removeAt(int i) {
    ScheduledEvent removed = heap[i];
    size--;
    if (i != size) {
      ScheduledEvent last = heap[size];
      heap[i] = last;
      last.heapIndex = i;
      heap[size] = null;
      siftDown(i);
      if (heap[i] == last) {
        siftUp(i);
      }
    } else {
      heap[size] = null;
    }
    removed.heapIndex = NOT_QUEUED;
  }

  private void siftUp(int i) {
    ScheduledEvent e = heap[i];
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      ScheduledEvent p = heap[parent];
      if (!e.firesBefore(p)) {
        break;
      }
      heap[i] = p;
      p.heapIndex = i;
      i = parent;
    }
    heap[i] = e;
    e.heapIndex = i;
  }

  private void siftDown(int i) {
    ScheduledEvent e = heap[i];
    int half = size >>> 1;
    while (i < half) {
      int child = 2 * i + 1;
      int right = child + 1;
      if (right < size && heap[right].firesBefore(heap[child])) {
        child = right;
      }
      if (!heap[child].firesBefore(e)) {
        break;
      }
      heap[i] = heap[child];
      heap[i].heapIndex = i;
      i = child;
    }
    heap[i] = e;
    e.heapIndex = i;
  }
}
