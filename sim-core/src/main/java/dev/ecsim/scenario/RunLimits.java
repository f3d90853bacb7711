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

  /**
   * Job tasks a run may submit, counted from the arrivals (for a Poisson process its expected
   * count, rate x duration). A million tasks run in about 15 s in about 0.3 GB; the run keeps 8 bytes
   * per task for each exact percentile it reports, so 20 million take minutes and about 1 GB.
   */
  public static final long MAX_JOB_ARRIVALS = 20_000_000;

  /** Fires of a schedule walked one by one before the rest of the run is estimated from their rate. */
  static final int MAX_FIRES_WALKED = 50_000;

  /**
   * Tasks {@code arrivals} submit in [0, durationMillis). A schedule is walked fire by fire and only
   * until its count passes {@code cap}, and past {@link #MAX_FIRES_WALKED} fires the rest of the run is
   * estimated from their rate (a count to hold a run to a limit, exact for every schedule that fires
   * fewer times, such as a daily cron over five years).
   */
  public static long arrivals(ArrivalSpec arrivals, long durationMillis, java.time.Instant start, long cap) {
    if (arrivals instanceof ArrivalSpec.Poisson p) {
      return (long) Math.min(Long.MAX_VALUE / 2.0, Math.ceil(p.ratePerSecond() * durationMillis / 1000.0));
    } else if (arrivals instanceof ArrivalSpec.FixedInterval f) {
      return (durationMillis + f.intervalMillis() - 1) / f.intervalMillis();
    } else if (arrivals instanceof ArrivalSpec.Times t) {
      return t.timesMillis().stream().filter(m -> m < durationMillis).count();
    } else if (arrivals instanceof ArrivalSpec.Scheduled s) {
      java.time.Instant end = start.plusMillis(durationMillis);
      long tasks = 0;
      long fires = 0;
      java.util.Optional<java.time.Instant> fire = s.schedule().nextFireAfter(start.minusMillis(1), s.zone(), start);
      while (fire.isPresent() && fire.get().isBefore(end) && tasks <= cap) {
        if (fires == MAX_FIRES_WALKED) {
          // A cron firing every minute for years: walking it took 24 s of validation. The rate so far
          // over the rest of the run is close enough to hold the run to a limit.
          long walkedMillis = Math.max(1, fire.get().toEpochMilli() - start.toEpochMilli());
          return (long) Math.ceil(tasks * (double) durationMillis / walkedMillis);
        }
        tasks += s.count();
        fires++;
        fire = s.schedule().nextFireAfter(fire.get(), s.zone(), start);
      }
      return tasks;
    }
    throw new IllegalArgumentException("unknown arrivals " + arrivals);
  }

  /** Why a job whose arrivals submit {@code tasks} in the run is too much, if it is. */
  public static Optional<String> arrivalsProblem(long tasks, long durationMillis) {
    if (tasks <= MAX_JOB_ARRIVALS) {
      return Optional.empty();
    }
    return Optional.of("a run may submit at most 20,000,000 job tasks, and these arrivals submit "
        + (tasks > MAX_JOB_ARRIVALS + 1 ? String.format(java.util.Locale.ROOT, "about %,d", tasks) : "more")
        + " over " + days(durationMillis) + "; lower the rate or the duration (a million tasks take about 15 s"
        + " and 0.3 GB, and memory grows by 8 bytes a task for each exact percentile reported)");
  }

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
    if (days < 1) {
      return String.format(java.util.Locale.ROOT, "%.1fh", millis / 3_600_000.0);
    }
    return days == Math.rint(days) ? String.format(java.util.Locale.ROOT, "%.0fd", days)
        : String.format(java.util.Locale.ROOT, "%.1fd", days);
  }
}
