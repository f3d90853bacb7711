package dev.ecsim.reports.chart;

/** The x axis unit: hours read best for a day or two, days for anything longer than three. */
public enum TimeScale {
  HOURS(3_600_000L, "hours since start"),
  DAYS(86_400_000L, "days since start");

  static final long DAYS_AFTER_MILLIS = 3 * 86_400_000L;

  private final long unitMillis;
  private final String axisLabel;

  TimeScale(long unitMillis, String axisLabel) {
    this.unitMillis = unitMillis;
    this.axisLabel = axisLabel;
  }

  /** The scale for a run whose last sample is at {@code lastMillis} since the start. */
  public static TimeScale forRunLength(long lastMillis) {
    return lastMillis > DAYS_AFTER_MILLIS ? DAYS : HOURS;
  }

  public double convert(long millis) {
    return millis / (double) unitMillis;
  }

  public String axisLabel() {
    return axisLabel;
  }
}
