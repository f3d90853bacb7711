package dev.ecsim.scaling;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a scheduled action runs (docs/ecs-behaviour.md §6.4, AAS API: PutScheduledAction {@code
 * Schedule}): once {@code at(yyyy-mm-ddThh:mm:ss)}, every {@code rate(value unit)}, or on a
 * {@code cron(Minutes Hours Day-of-month Month Day-of-week Year)} expression. {@code at} and
 * {@code cron} read in the action's time zone; a rate counts from its anchor.
 */
public sealed interface Schedule permits Schedule.At, Schedule.Rate, Schedule.Cron {

  /** As written in the scenario, e.g. {@code cron(0 8 ? * MON-FRI *)}. */
  String expression();

  /**
   * The first time strictly after {@code after} when this schedule fires; empty when it never
   * fires again. {@code anchor} is where a rate counts from (it fires at the anchor itself).
   */
  Optional<Instant> nextFireAfter(Instant after, ZoneId zone, Instant anchor);

  /** Parses a schedule, saying where the text goes wrong. */
  static Schedule parse(String text) {
    int lead = 0;
    while (lead < text.length() && Character.isWhitespace(text.charAt(lead))) {
      lead++;
    }
    String t = text.strip();
    for (String kind : List.of("at", "rate", "cron")) {
      if (t.startsWith(kind + "(")) {
        if (!t.endsWith(")")) {
          throw new ScheduleSyntaxException("'" + kind + "(' is not closed: end the schedule with ')'",
              lead + t.length());
        }
        String body = t.substring(kind.length() + 1, t.length() - 1);
        int at = lead + kind.length() + 1;
        return switch (kind) {
          case "at" -> At.parse(body, at);
          case "rate" -> Rate.parse(body, at);
          default -> new Cron(body, at);
        };
      }
    }
    throw new ScheduleSyntaxException("'" + text + "' is not a schedule; use at(yyyy-mm-ddThh:mm:ss), "
        + "rate(VALUE UNIT) or cron(Minutes Hours Day-of-month Month Day-of-week Year)", lead);
  }

  /** Once, at a local date and time. */
  record At(LocalDateTime time) implements Schedule {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    static At parse(String body, int offset) {
      try {
        return new At(LocalDateTime.parse(body.strip(), FORMAT));
      } catch (DateTimeParseException e) {
        throw new ScheduleSyntaxException("'" + body + "' is not a date and time; at() takes "
            + "yyyy-mm-ddThh:mm:ss, e.g. at(2026-01-05T08:00:00)", offset);
      }
    }

    @Override
    public String expression() {
      return "at(" + FORMAT.format(time) + ")";
    }

    /** A local time skipped by a daylight-saving change runs at the same offset later (java.time's rule). */
    @Override
    public Optional<Instant> nextFireAfter(Instant after, ZoneId zone, Instant anchor) {
      Instant fire = time.atZone(zone).toInstant();
      return fire.isAfter(after) ? Optional.of(fire) : Optional.empty();
    }
  }

  /** Every {@code value} minutes, hours or days, from the anchor on. */
  record Rate(long value, String unit) implements Schedule {
    private static final Pattern RATE = Pattern.compile("\\s*(\\S+)\\s+(\\S+)\\s*");
    private static final List<String> UNITS = List.of("minute", "minutes", "hour", "hours", "day", "days");
    /** ecsim limit, far beyond any run, that keeps the interval within a long of milliseconds. */
    static final long MAX_VALUE = 1_000_000;

    public Rate {
      if (value < 1 || value > MAX_VALUE || !UNITS.contains(unit)) {
        throw new IllegalArgumentException("rate(" + value + " " + unit + ") is not a rate");
      }
    }

    static Rate parse(String body, int offset) {
      Matcher m = RATE.matcher(body);
      if (!m.matches()) {
        throw new ScheduleSyntaxException("rate() takes a value and a unit, e.g. rate(5 minutes), found '"
            + body + "'", offset);
      }
      long value;
      try {
        value = Long.parseLong(m.group(1));
      } catch (NumberFormatException e) {
        value = 0;
      }
      if (value < 1 || value > MAX_VALUE) {
        throw new ScheduleSyntaxException("'" + m.group(1) + "' is not a whole number from 1 to "
            + String.format(java.util.Locale.ROOT, "%,d", MAX_VALUE)
            + "; rate() counts whole minutes, hours or days", offset + m.start(1));
      }
      if (!UNITS.contains(m.group(2))) {
        throw new ScheduleSyntaxException("'" + m.group(2) + "' is not a rate unit; valid: "
            + String.join(", ", UNITS), offset + m.start(2));
      }
      return new Rate(value, m.group(2));
    }

    public Duration interval() {
      return switch (unit) {
        case "minute", "minutes" -> Duration.ofMinutes(value);
        case "hour", "hours" -> Duration.ofHours(value);
        default -> Duration.ofDays(value);
      };
    }

    @Override
    public String expression() {
      return "rate(" + value + " " + unit + ")";
    }

    /** ecsim choice: fires at the anchor, then every interval (days are 24 h, whatever the zone). */
    @Override
    public Optional<Instant> nextFireAfter(Instant after, ZoneId zone, Instant anchor) {
      if (after.isBefore(anchor)) {
        return Optional.of(anchor);
      }
      long step = interval().toMillis();
      long k = Math.floorDiv(Duration.between(anchor, after).toMillis(), step) + 1;
      return Optional.of(anchor.plusMillis(k * step));
    }
  }

  /** AWS's six-field cron, evaluated by cron-utils with the definition in {@link AwsCron}. */
  final class Cron implements Schedule {
    private final String fields;
    private final com.cronutils.model.time.ExecutionTime executionTime;

    /** {@code fields} is the text inside {@code cron(...)}; {@code offset} where it starts, for errors. */
    Cron(String fields, int offset) {
      this.fields = fields;
      this.executionTime = com.cronutils.model.time.ExecutionTime.forCron(AwsCron.parse(fields, offset));
    }

    @Override
    public String expression() {
      return "cron(" + fields + ")";
    }

    /**
     * In {@code zone}, daylight saving aware. A local time that a spring-forward change skips does
     * not fire that day; one that an autumn change repeats fires once, at its first occurrence
     * (cron-utils' behaviour; Quartz, whose syntax AWS follows, warns of "a skip or a repeat").
     */
    @Override
    public Optional<Instant> nextFireAfter(Instant after, ZoneId zone, Instant anchor) {
      return executionTime.nextExecution(after.atZone(zone)).map(z -> z.toInstant());
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Cron c && c.fields.equals(fields);
    }

    @Override
    public int hashCode() {
      return fields.hashCode();
    }

    @Override
    public String toString() {
      return expression();
    }
  }
}
