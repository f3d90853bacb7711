package dev.ecsim.scenario;

import dev.ecsim.scaling.AutoScalingSpec;
import dev.ecsim.scaling.Schedule;
import dev.ecsim.scaling.ScheduledActionSpec;
import java.util.List;
import java.util.Optional;

/**
 * Limits on how much a scenario may ask of one run, so that a valid file cannot run for hours or
 * exhaust memory: checked when the scenario is read (and on {@code --horizon}), each refusal
 * saying the limit and why. They are generous enough for a year of a production cluster at
 * one-minute metrics; docs/scenario-reference.md ("Limits") lists them.
 */
public final class RunLimits {
  private RunLimits() {}

  public static final long DAY_MILLIS = 86_400_000L;

  /** Five years (1,830 days): a planning question spans a year or two, and a year runs in seconds. */
  public static final long MAX_DURATION_MILLIS = 1_830 * DAY_MILLIS;

  /**
   * Metrics periods in a run: timeseries.csv has one row per period and every series is held in
   * memory as one number per period, so rows x series is what a run's memory grows with. Three
   * million is five years at one-minute metrics with room to spare (2,635,200).
   */
  public static final long MAX_METRICS_PERIODS = 3_000_000;

  /**
   * Metrics values a run holds (periods x series), 8 bytes each until the run ends: 0.8 GB at most.
   * A year at one-minute metrics is 525,600 periods, so a cluster of up to 190 series (a few dozen
   * services and providers) samples every minute, and a larger one every few minutes.
   */
  public static final long MAX_METRICS_VALUES = 100_000_000;

  /**
   * Job tasks a run may submit, counted from the arrivals (for a Poisson process its expected
   * count, rate x duration). A million tasks run in about 15 s in about 0.3 GB; the run keeps 8 bytes
   * per task for each exact percentile it reports, so 20 million take minutes and about 1 GB.
   */
  public static final long MAX_JOB_ARRIVALS = 20_000_000;

  /**
   * Tasks of one service: its desiredCount and its scalable target's capacities. ECS runs at most
   * 5,000 tasks per service under its default quota (ECS DG: service-quotas).
   */
  public static final int MAX_TASKS_PER_SERVICE = 5_000;

  /** Why a service's counts stop at {@link #MAX_TASKS_PER_SERVICE}, said beside the range. */
  public static final String TASKS_PER_SERVICE_WHY = "ECS runs at most 5,000 tasks per service, its default quota";

  /**
   * Container instances the capacity providers may hold at once, the sum of their maxSize: twenty
   * times ECS's default quota of 5,000 container instances per cluster, and each instance held in
   * memory costs a few kilobytes.
   */
  public static final int MAX_INSTANCES = 100_000;

  /**
   * Tasks alive at once (from submission until STOPPED, waiting for capacity included). validate
   * holds services to it at their largest; a job's queue can only be known by running, so the run
   * stops with a one-line error when its tasks reach it. A live task holds about half a kilobyte.
   */
  public static final int MAX_TASKS_ALIVE = 1_000_000;

  /** Fires of a schedule walked one by one before the rest of the run is estimated from their rate. */
  public static final int MAX_FIRES_WALKED = 50_000;

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
    } else if (arrivals instanceof ArrivalSpec.Trace t) {
      return t.arrivals().stream().filter(a -> a.atMillis() < durationMillis).count();
    } else if (arrivals instanceof ArrivalSpec.Scheduled s) {
      long fires = fires(s.schedule(), s.zone(), start, start.plusMillis(durationMillis), start,
          cap / s.count() + 1, MAX_FIRES_WALKED);
      return Math.min(Long.MAX_VALUE / 2, fires * s.count());
    }
    throw new IllegalArgumentException("unknown arrivals " + arrivals);
  }

  /**
   * Fires of {@code schedule} in [from, to): walked one by one until the count passes {@code cap},
   * and past {@code walked} fires the rest estimated from their rate (a count to hold a run to a
   * limit, exact for every schedule that fires fewer times, such as a daily cron over five years).
   */
  public static long fires(Schedule schedule, java.time.ZoneId zone, java.time.Instant from, java.time.Instant to,
      java.time.Instant runStart, long cap, int walked) {
    long fires = 0;
    Optional<java.time.Instant> fire = schedule.nextFireAfter(from.minusMillis(1), zone, runStart);
    while (fire.isPresent() && fire.get().isBefore(to) && fires <= cap) {
      if (fires == walked) {
        // A cron firing every minute for years: walking it took 24 s of validation. The rate so far
        // over the rest of the window is close enough to hold the run to a limit.
        long walkedMillis = Math.max(1, fire.get().toEpochMilli() - from.toEpochMilli());
        return (long) Math.ceil(fires * (double) (to.toEpochMilli() - from.toEpochMilli()) / walkedMillis);
      }
      fires++;
      fire = schedule.nextFireAfter(fire.get(), zone, runStart);
    }
    return fires;
  }

  /**
   * Fires of scheduled actions in a run, over all services: each is an event, and a cron that fires
   * every minute is 525,600 a year. Ten million is nineteen such actions for a year.
   */
  public static final long MAX_SCHEDULED_FIRES = 10_000_000;

  /** Fires of one scheduled action walked before the rest is estimated: 200 actions a target, thousands of targets. */
  public static final int ACTION_FIRES_WALKED = 2_000;

  /** How often {@code service}'s scheduled actions fire within the run and each action's own window. */
  public static long scheduledFires(ServiceSpec service, java.time.Instant start, long durationMillis, long cap) {
    if (service.autoScaling().isEmpty()) {
      return 0;
    }
    java.time.Instant end = start.plusMillis(durationMillis);
    long fires = 0;
    for (ScheduledActionSpec action : service.autoScaling().get().scheduledActions()) {
      java.time.Instant from = action.startTime().filter(t -> t.isAfter(start)).orElse(start);
      java.time.Instant to = action.endTime().filter(t -> t.isBefore(end)).orElse(end);
      if (from.isBefore(to)) {
        fires += fires(action.schedule(), action.timezone(), from, to, start, cap - fires, ACTION_FIRES_WALKED);
      }
      if (fires > cap) {
        break;
      }
    }
    return fires;
  }

  /** Why scheduled actions that fire {@code fires} times in a run are too many, if they are. */
  public static Optional<String> scheduledFiresProblem(long fires, long durationMillis) {
    if (fires <= MAX_SCHEDULED_FIRES) {
      return Optional.empty();
    }
    return Optional.of(String.format(java.util.Locale.ROOT, "scheduled actions may fire at most 10,000,000 times in "
        + "a run (each fire is an event), and with this service's they fire about %,d times over %s; schedule them "
        + "less often (a cron every minute fires 525,600 times a year)", fires, days(durationMillis)));
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

  /**
   * The most tasks a service may hold at once: its largest count (desiredCount, the scalable
   * target's maxCapacity or a scheduled action's) times maximumPercent, as a deployment may run
   * old and new tasks side by side (ECS rounds maximumPercent down, ECS DG: deployment-type-ecs).
   */
  public static long peakTasks(ServiceSpec service) {
    long count = service.desiredCount();
    if (service.autoScaling().isPresent()) {
      AutoScalingSpec target = service.autoScaling().get();
      count = Math.max(count, target.maxCapacity());
      for (ScheduledActionSpec action : target.scheduledActions()) {
        count = Math.max(count, action.maxCapacity().orElse(0));
      }
    }
    return count * service.deploymentConfiguration().maximumPercent() / 100;
  }

  /** Why services that together may hold {@code tasks} at once are too many, if they are. */
  public static Optional<String> servicesProblem(long tasks) {
    if (tasks <= MAX_TASKS_ALIVE) {
      return Optional.empty();
    }
    return Optional.of(String.format(java.util.Locale.ROOT, "services may hold at most 1,000,000 tasks at once in "
        + "all, and with this one they may hold %,d (each counted at its largest desired count or maxCapacity times "
        + "maximumPercent); lower their capacities or simulate fewer services", tasks));
  }

  /** Why capacity providers whose maxSize add up to {@code instances} are too large, if they are. */
  public static Optional<String> instancesProblem(long instances) {
    if (instances <= MAX_INSTANCES) {
      return Optional.empty();
    }
    return Optional.of(String.format(java.util.Locale.ROOT, "capacity providers may hold at most 100,000 instances "
        + "in all (the sum of their maxSize), and with this one they hold %,d; ECS's own default quota is 5,000 "
        + "container instances per cluster", instances));
  }

  /** Why a run of {@code durationMillis} is too long, if it is. */
  public static Optional<String> durationProblem(long durationMillis) {
    if (durationMillis <= MAX_DURATION_MILLIS) {
      return Optional.empty();
    }
    return Optional.of("a run may last at most 1830d (five years), found " + days(durationMillis)
        + "; a longer horizon is more than planning needs and would take minutes per simulated year");
  }

  /**
   * Why sampling {@code series} series every {@code periodMillis} over {@code durationMillis} is too
   * much, if it is: too many rows, or too many values (rows x series) to hold.
   */
  public static Optional<String> metricsProblem(long durationMillis, long periodMillis, int series) {
    long periods = (durationMillis + periodMillis - 1) / periodMillis;
    if (periods > MAX_METRICS_PERIODS) {
      long shortest = (durationMillis + MAX_METRICS_PERIODS - 1) / MAX_METRICS_PERIODS;
      return Optional.of("a run may have at most 3,000,000 metrics periods (rows of timeseries.csv, each held in "
          + "memory for every series), found " + periods + "; use a metricsPeriod of at least "
          + Math.max(1, (shortest + 999) / 1000) + "s for this duration");
    }
    if (periods * series > MAX_METRICS_VALUES) {
      long shortest = (durationMillis * series + MAX_METRICS_VALUES - 1) / MAX_METRICS_VALUES;
      return Optional.of(String.format(java.util.Locale.ROOT, "a run may hold at most 100,000,000 metrics values "
          + "(periods x series, 8 bytes each in memory), found %,d periods x %,d series = %,d; use a metricsPeriod "
          + "of at least %ds for this duration", periods, series, periods * series,
          Math.max(1, (shortest + 999) / 1000)));
    }
    return Optional.empty();
  }

  /**
   * The series a run samples into timeseries.csv: four for the cluster; per EC2 provider its cost
   * rate, cost and instances, plus its capacity provider reservation under managed scaling and its
   * draining instances when scale-in drains them; two cost series per Fargate provider; desired,
   * running and pending per service, plus offered load and CPU under load; queue and active per job.
   */
  public static int series(ClusterSpec cluster, List<ServiceSpec> services, List<JobSpec> jobs) {
    int series = 4;
    for (CapacityProviderSpec provider : cluster.capacityProviders()) {
      if (provider.isFargate()) {
        series += 2;
        continue;
      }
      series += 3;
      if (provider.managedScaling().isPresent()) {
        series += provider.managedDraining() && !provider.managedTerminationProtection() ? 2 : 1;
      }
    }
    for (ServiceSpec service : services) {
      series += service.load().isPresent() ? 5 : 3;
    }
    return series + 2 * jobs.size();
  }

  /** {@link #series(ClusterSpec, List, List)} of a whole scenario. */
  public static int series(Scenario scenario) {
    return series(scenario.cluster(), scenario.services(), scenario.jobs());
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
