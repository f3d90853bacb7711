package dev.ecsim.metrics;

import java.util.Objects;

/**
 * One line of the run's event log, the ECS "service events" of the simulation: what happened, to
 * what, and a sentence a person can read. events.csv holds the first four; {@code facts} holds
 * what the sentence names as values, for the reports to read instead of the sentence.
 */
public record EventRecord(long timeMillis, EventType type, String source, String message, EventFacts facts) {

  public EventRecord {
    Objects.requireNonNull(type);
    Objects.requireNonNull(source);
    Objects.requireNonNull(message);
    Objects.requireNonNull(facts);
  }

  /** An event whose sentence names nothing a report looks up. */
  public EventRecord(long timeMillis, EventType type, String source, String message) {
    this(timeMillis, type, source, message, EventFacts.NONE);
  }
}
