package dev.ecsim.query;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a subject reads its argument, checked at parse time so that a malformed constraint fails when
 * the scenario loads, not when the first task is placed.
 */
public enum ValueKind {
  TEXT("a value"),
  /** Agent versions compare component by component: 1.9.0 &lt; 1.14.5 (ECS DG example). */
  VERSION("a dotted version like 1.14.5"),
  WHOLE_NUMBER("a whole number like 0 or 12"),
  /**
   * The four formats AWS lists for registeredAt: 2018-06-18T22:28:28+00:00, 2018-06-18T22:28:28Z,
   * 2018-06-18T22:28:28, 2018-06-18. ecsim decision: the forms without an offset are UTC.
   */
  INSTANT("a date or instant like 2018-02-13 or 2018-06-18T22:28:28Z"),
  BOOLEAN("true or false");

  private static final Pattern DOTTED_VERSION = Pattern.compile("[0-9]+(\\.[0-9]+)*");
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");

  private final String expectation;

  ValueKind(String expectation) {
    this.expectation = expectation;
  }

  /** What a valid argument looks like, for error messages ("needs a whole number like 0 or 12"). */
  public String expectation() {
    return expectation;
  }

  public Optional<Value> parse(String raw) {
    return switch (this) {
      case TEXT -> Optional.of(new Value.Text(raw));
      case VERSION ->
          DOTTED_VERSION.matcher(raw).matches()
              ? Optional.of(new Value.Text(raw))
              : Optional.empty();
      case WHOLE_NUMBER -> wholeNumber(raw);
      case INSTANT -> instant(raw);
      case BOOLEAN -> {
        if (raw.equalsIgnoreCase("true") || raw.equalsIgnoreCase("false")) {
          yield Optional.of(new Value.Flag(Boolean.parseBoolean(raw)));
        }
        yield Optional.empty();
      }
    };
  }

  /** Whether a value built in code could have come from {@link #parse}; guards hand-built ASTs. */
  public boolean accepts(Value value) {
    return switch (this) {
      case TEXT -> value instanceof Value.Text;
      case VERSION -> value instanceof Value.Text && DOTTED_VERSION.matcher(value.text()).matches();
      case WHOLE_NUMBER -> value instanceof Value.WholeNumber;
      case INSTANT -> value instanceof Value.Timestamp;
      case BOOLEAN -> value instanceof Value.Flag;
    };
  }

  private static Optional<Value> wholeNumber(String raw) {
    if (!DIGITS.matcher(raw).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Value.WholeNumber(Long.parseLong(raw)));
    } catch (NumberFormatException tooLarge) {
      return Optional.empty();
    }
  }

  private static Optional<Value> instant(String raw) {
    try {
      TemporalAccessor parsed =
          DateTimeFormatter.ISO_DATE_TIME.parseBest(raw, ZonedDateTime::from, LocalDateTime::from);
      if (parsed instanceof ZonedDateTime zoned) {
        return Optional.of(new Value.Timestamp(zoned.toInstant()));
      }
      return Optional.of(new Value.Timestamp(((LocalDateTime) parsed).toInstant(ZoneOffset.UTC)));
    } catch (DateTimeException notADateTime) {
      // fall through: maybe a bare date
    }
    try {
      LocalDate date = LocalDate.parse(raw, DateTimeFormatter.ISO_LOCAL_DATE);
      return Optional.of(new Value.Timestamp(date.atStartOfDay(ZoneOffset.UTC).toInstant()));
    } catch (DateTimeException notADate) {
      return Optional.empty();
    }
  }
}
