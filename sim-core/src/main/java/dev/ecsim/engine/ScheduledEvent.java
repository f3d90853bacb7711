package dev.ecsim.engine;

/**
 * An event in the queue, and the handle to cancel it. Ordered by (time, sequence): two events at the
 * same instant fire in the order they were scheduled, so a seed fully determines a run.
 */
public final class ScheduledEvent {
  final long time;
  final long sequence;
  final Event event;
  /** Position in the heap while queued; {@link EventQueue#NOT_QUEUED} once fired or cancelled. */
  int heapIndex;

  ScheduledEvent(long time, long sequence, Event event) {
    this.time = time;
    this.sequence = sequence;
    this.event = event;
  }

  public long time() {
    return time;
  }

  public boolean isQueued() {
    return heapIndex != EventQueue.NOT_QUEUED;
  }

  boolean firesBefore(ScheduledEvent other) {
    return time < other.time || (time == other.time && sequence < other.sequence);
  }
}
