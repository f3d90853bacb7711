package dev.ecsim.reports;

/**
 * What a report includes beyond the always-written data files; {@code charts=false} is the CLI's
 * --no-charts.
 */
public record ReportOptions(boolean charts) {

  public static ReportOptions defaults() {
    return new ReportOptions(true);
  }
}
