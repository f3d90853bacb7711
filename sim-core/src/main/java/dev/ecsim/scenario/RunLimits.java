package dev.ecsim.scenario;

import java.util.Optional;

/**
 * Limits on how much a scenario may ask of one run, so that a valid file cannot run for hours or
 * exhaust memory: checked when the scenario is read (and on {@code --horizon}), each refusal
 * saying the limit and why. They are generous enough for a year of a production cluster at
 * one-minute metrics; docs/scenario-reference.md ("Limits") lists them.
 */
public final class RunLimits {
  private RunLimits() {}

  static final long DAY_MILLIS = 86_400_000L;

  /** Five years (1,830 days): a planning question spans a year or two, and a year runs in seconds. */
  public static final long MAX_DURATION_MILLIS = 1_830 * DAY_MILLIS;

  /**
   * Metrics periods in a run: timeseries.csv has one row per period and every series is held in
   * memory as one number per period, so rows x series is what a run's memory grows with. Three
   * million is five years at one-minute metrics with room to spare (2,635,200).
   */
  public static final long MAX_METRICS_PERIODS = 3_000_000;

  /** Why a run of {@code durationMillis} is too long, if it is. */
  public static Optional<String> durationProblem(long durationMillis) {
    if (durationMillis <= MAX_DURATION_MILLIS) {
      return Optional.empty();
    }
    return Optional.of("a run may last at most 1830d (five years), found " + days(durationMillis)
        + "; a longer horizon is more than planning needs and would take minutes per simulated year");
  }

  /** Why {@code durationMillis} in periods of {@code periodMillis} is too many periods, if it is. */
  public static Optional<String> periodsProblem(long durationMillis, long periodMillis) {
    long periods = (durationMillis + periodMillis - 1) / periodMillis;
    if (periods <= MAX_METRICS_PERIODS) {
      return Optional.empty();
    }
    long shortest = (durationMillis + MAX_METRICS_PERIODS - 1) / MAX_METRICS_PERIODS;
    return Optional.of("a run may have at most 3,000,000 metrics periods (rows of timeseries.csv, each held in "
        + "memory for every series), found " + periods + "; use a metricsPeriod of at least "
        + Math.max(1, (shortest + 999) / 1000) + "s for this duration");
  }

  private static String days(long millis) {
    double days = millis / (double) DAY_MILLIS;
    return days == Math.rint(days) ? String.format(java.util.Locale.ROOT, "%.0fd", days)
        : String.format(java.util.Locale.ROOT, "%.1fd", days);
  }
}
