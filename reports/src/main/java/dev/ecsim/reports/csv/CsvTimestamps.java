package dev.ecsim.reports.csv;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Simulated times as UTC ISO-8601 instants ({@code 2026-01-05T00:01:30Z}) for the timestamp columns
 * of the CSV files, so that pandas and spreadsheets get dates without arithmetic. Time 0 is the
 * scenario's {@code startTime}. Fractional seconds appear as the seconds columns write them (up to
 * milliseconds, trailing zeros dropped, none for a whole second: {@code 00:00:12.5Z}).
 *
 * <p>Rows come in time order, so the date part ({@code 2026-01-05T}) is formatted once per day and
 * reused; the rest is written digit by digit into one builder per cell, as {@link CsvNumbers#seconds}
 * does: tasks.csv can have millions of rows. Not thread-safe: one per file.
 */
public final class CsvTimestamps {
  /**
   * A scenario's startTime when it gives none (docs/scenario-reference.md), for callers that have no
   * scenario at hand (tests, results made by hand).
   */
  public static final Instant DEFAULT_START = Instant.parse("2026-01-05T00:00:00Z");

  private static final long MILLIS_PER_DAY = 86_400_000L;
  /** Years 0000-9999 format as four digits; others take java.time's longer form. */
  private static final long FIRST_DAY_MILLIS = LocalDate.of(0, 1, 1).toEpochDay() * 86_400_000L;
  private static final long END_DAY_MILLIS = LocalDate.of(10_000, 1, 1).toEpochDay() * 86_400_000L;

  private final long startEpochMillis;
  private long cachedDay = Long.MIN_VALUE;
  private String cachedPrefix = "";

  public CsvTimestamps(Instant start) {
    this.startEpochMillis = start.toEpochMilli();
  }

  /** The instant {@code millis} after the start, as UTC ISO-8601 with a trailing Z. */
  public String format(long millis) {
    long epochMillis = startEpochMillis + millis;
    if (epochMillis < FIRST_DAY_MILLIS || epochMillis >= END_DAY_MILLIS) {
      return Instant.ofEpochMilli(epochMillis).toString();
    }
    long day = Math.floorDiv(epochMillis, MILLIS_PER_DAY);
    if (day != cachedDay) {
      cachedDay = day;
      cachedPrefix = LocalDate.ofEpochDay(day).toString() + "T";
    }
    int ofDay = (int) Math.floorMod(epochMillis, MILLIS_PER_DAY);
    int seconds = ofDay / 1000;
    int fraction = ofDay % 1000;
    StringBuilder text = new StringBuilder(cachedPrefix.length() + 13).append(cachedPrefix);
    twoDigits(text, seconds / 3600).append(':');
    twoDigits(text, seconds / 60 % 60).append(':');
    twoDigits(text, seconds % 60);
    if (fraction != 0) {
      text.append('.').append((char) ('0' + fraction / 100));
      if (fraction % 100 != 0) {
        text.append((char) ('0' + fraction / 10 % 10));
        if (fraction % 10 != 0) {
          text.append((char) ('0' + fraction % 10));
        }
      }
    }
    return text.append('Z').toString();
  }

  private static StringBuilder twoDigits(StringBuilder text, int value) {
    return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }

}
