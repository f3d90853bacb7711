package dev.ecsim.reports.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Simulated milliseconds as UTC ISO-8601 instants, worked by hand from the start. */
class CsvTimestampsTest {
  private final CsvTimestamps timestamps = new CsvTimestamps(Instant.parse("2026-01-05T00:00:00Z"));

  @Test
  void wholeSecondsHaveNoFraction() {
    assertThat(timestamps.format(0)).isEqualTo("2026-01-05T00:00:00Z");
    assertThat(timestamps.format(90_000)).isEqualTo("2026-01-05T00:01:30Z");
    // 3 h 25 min 7 s
    assertThat(timestamps.format(12_307_000)).isEqualTo("2026-01-05T03:25:07Z");
  }

  @Test
  void millisecondsAreWrittenLikeTheSecondsColumns() {
    assertThat(timestamps.format(12_500)).isEqualTo("2026-01-05T00:00:12.5Z");
    assertThat(timestamps.format(20_250)).isEqualTo("2026-01-05T00:00:20.25Z");
    assertThat(timestamps.format(630_001)).isEqualTo("2026-01-05T00:10:30.001Z");
  }

  @Test
  void daysMonthsAndYearsRollOverAndBackAgain() {
    // 26 days and 1 s after 5 January is 31 January; 27 days is 1 February.
    assertThat(timestamps.format(26 * 86_400_000L + 1_000)).isEqualTo("2026-01-31T00:00:01Z");
    assertThat(timestamps.format(27 * 86_400_000L - 1)).isEqualTo("2026-01-31T23:59:59.999Z");
    assertThat(timestamps.format(27 * 86_400_000L)).isEqualTo("2026-02-01T00:00:00Z");
    // Out of order (tasks.csv): the cached date is not reused for another day.
    assertThat(timestamps.format(60_000)).isEqualTo("2026-01-05T00:01:00Z");
    CsvTimestamps newYear = new CsvTimestamps(Instant.parse("2026-12-31T23:59:00Z"));
    assertThat(newYear.format(90_000)).isEqualTo("2027-01-01T00:00:30Z");
  }

  @Test
  void anyOtherStartWorks() {
    CsvTimestamps leap = new CsvTimestamps(Instant.parse("2028-02-28T12:00:00Z"));
    // 2028 is a leap year: 12 h later is 29 February.
    assertThat(leap.format(12 * 3_600_000L)).isEqualTo("2028-02-29T00:00:00Z");
  }
}
