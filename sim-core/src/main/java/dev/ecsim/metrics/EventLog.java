package dev.ecsim.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The run's event log, in the order things happened (ECS "service events"). Kept whole unless the
 * run streams it to an {@link EventSink}; then it keeps nothing.
 */
public final class EventLog {
  private final List<EventRecord> events = new ArrayList<>();
  private EventSink sink;

  /**
   * Hands {@code sink} the events so far (those of building the run: instances started warm), then
   * each event as it happens; none is kept here any more.
   */
  public void streamTo(EventSink sink) {
    events.forEach(sink::accept);
    events.clear();
    this.sink = sink;
  }

  /** An event whose sentence names nothing a report looks up. */
  public void add(long timeMillis, EventType type, String source, String message) {
    add(timeMillis, type, source, message, EventFacts.NONE);
  }

  /** An event with what its sentence names as values ({@link EventFacts}). */
  public void add(long timeMillis, EventType type, String source, String message, EventFacts facts) {
    EventRecord event = new EventRecord(timeMillis, type, source, message, facts);
    if (sink != null) {
      sink.accept(event);
    } else {
      events.add(event);
    }
  }

  /** How many events are held here (none once streamed). */
  public int keptCount() {
    return events.size();
  }

  /** The events kept: all of them, or none when they were streamed. */
  public List<EventRecord> events() {
    return Collections.unmodifiableList(events);
  }
}
