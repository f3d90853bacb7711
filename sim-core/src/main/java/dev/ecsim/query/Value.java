package dev.ecsim.query;

import java.time.Instant;
import java.util.Objects;

/**
 * A literal in a query, or a fact about an instance, typed by its subject (see {@link ValueKind}):
 * {@code runningTasksCount} compares whole numbers, {@code registeredAt} instants, {@code
 * agentConnected} booleans, everything else text. Equality is the record equality.
 */
public sealed interface Value permits Value.Text, Value.WholeNumber, Value.Timestamp, Value.Flag {

  /** The value as a regex sees it and as {@code ==} on text compares it. */
  String text();

  /** The value as query text, bare when it can be, else quoted. */
  default String render() {
    return Literals.render(text());
  }

  record Text(String text) implements Value {
    public Text {
      Objects.requireNonNull(text, "text");
    }
  }

  record WholeNumber(long value) implements Value {
    public WholeNumber {
      if (value < 0) {
        throw new IllegalArgumentException("a whole number is 0 or more, was " + value);
      }
    }

    @Override
    public String text() {
      return Long.toString(value);
    }
  }

  record Timestamp(Instant instant) implements Value {
    public Timestamp {
      Objects.requireNonNull(instant, "instant");
    }

    @Override
    public String text() {
      return instant.toString();
    }
  }

  record Flag(boolean value) implements Value {
    @Override
    public String text() {
      return Boolean.toString(value);
    }
  }
}
