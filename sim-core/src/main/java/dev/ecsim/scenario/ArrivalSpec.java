package dev.ecsim.scenario;

import dev.ecsim.scaling.Schedule;
import java.time.ZoneId;
import java.util.List;

/** When a job's tasks are submitted. Times are milliseconds from the start of the run. */
public sealed interface ArrivalSpec {

  /** A Poisson process: exponential gaps with mean 1 / rate. */
  record Poisson(double ratePerSecond) implements ArrivalSpec {}

  /** One task every {@code intervalMillis}, the first at time zero. */
  record FixedInterval(long intervalMillis) implements ArrivalSpec {}

  /** One task at each listed time. */
  record Times(List<Long> timesMillis) implements ArrivalSpec {}

  /**
   * {@code count} tasks at every time an AWS schedule expression fires ({@code cron(0 2 * * ? *)},
   * {@code rate(6 hours)}, {@code at(...)}), read in {@code zone}: a nightly batch.
   */
  record Scheduled(Schedule schedule, ZoneId zone, int count) implements ArrivalSpec {}
}
