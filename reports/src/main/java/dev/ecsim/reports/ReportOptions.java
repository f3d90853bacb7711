package dev.ecsim.reports;

import dev.ecsim.reports.csv.CsvTimestamps;
import java.time.Instant;

/**
 * What a report includes beyond the always-written data files; {@code charts=false} is the CLI's
 * --no-charts.
 *
 * @param startTime the instant simulated time 0 stands for (the scenario's {@code startTime}): the
 *     CSV files' timestamp columns count from it
 */
public record ReportOptions(boolean charts, Instant startTime) {

  /** Options for a scenario that gives no startTime (its default). */
  public ReportOptions(boolean charts) {
    this(charts, CsvTimestamps.DEFAULT_START);
  }

  public static ReportOptions defaults() {
    return new ReportOptions(true);
  }
}
