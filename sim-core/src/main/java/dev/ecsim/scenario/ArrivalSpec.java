package dev.ecsim.scenario;

import java.util.List;

/** When a job's tasks are submitted. Times are milliseconds from the start of the run. */
public sealed interface ArrivalSpec {

  /** A Poisson process: exponential gaps with mean 1 / rate. */
  record Poisson(double ratePerSecond) implements ArrivalSpec {}

  /** One task every {@code intervalMillis}, the first at time zero. */
  record FixedInterval(long intervalMillis) implements ArrivalSpec {}

  /** One task at each listed time. */
  record Times(List<Long> timesMillis) implements ArrivalSpec {}
}
