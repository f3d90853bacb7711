package dev.ecsim.scenario;

import dev.ecsim.scaling.Schedule;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

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

  /**
   * One task for each row of a trace file ({@code arrivals: {trace: {file: ...}}}), at the row's
   * time: recorded RunTask calls replayed. A row may give the task's run time and its task
   * definition; without them the job's {@code duration} and {@code taskDefinition} apply.
   */
  record Trace(String file, List<TraceArrival> arrivals) implements ArrivalSpec {
    public Trace {
      arrivals = List.copyOf(arrivals);
    }

    /** The task definitions the rows name, besides the job's own. */
    public List<String> taskDefinitions() {
      return arrivals.stream().map(TraceArrival::taskDefinition).flatMap(Optional::stream).distinct().toList();
    }
  }

  /** One row of an arrivals trace: when, and what it overrides of the job. */
  record TraceArrival(long atMillis, OptionalLong durationMillis, Optional<String> taskDefinition) {}
}
