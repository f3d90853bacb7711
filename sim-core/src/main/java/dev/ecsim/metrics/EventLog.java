package dev.ecsim.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The run's event log, in the order things happened (ECS "service events"). */
public final class EventLog {
  private final List<EventRecord> events = new ArrayList<>();

  public void add(long timeMillis, String type, String source, String message) {
    events.add(new EventRecord(timeMillis, type, source, message));
  }

  public List<EventRecord> events() {
    return Collections.unmodifiableList(events);
  }
}
