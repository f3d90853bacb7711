package dev.ecsim.reports.chart;

import dev.ecsim.metrics.TaskRecord;
import dev.ecsim.run.Rounding;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How long each job's tasks waited to start, and the percentiles summary.json reports of them, as
 * pure functions. sim-core's JobRunner records a wait when a task of the job starts: createdAt to
 * startedAt in seconds, every task that started (retries included, from their own createdAt), and
 * summary.json's waitSecondsP50/P95/P99 are Commons Math's default percentile of those, rounded to
 * six decimals. The same here, so the chart's lines are the summary's figures (for the run the
 * chart draws: with replications summary.json holds means, the charts the first run).
 */
public final class JobWaits {
  private JobWaits() {}

  /** The three percentiles summary.json reports of a job's waits, in seconds. */
  public record Percentiles(double p50, double p95, double p99) {}

  /**
   * Per job, sorted by name, the waits in seconds in ascending order. A job none of whose tasks
   * started has no entry.
   */
  public static SortedMap<String, double[]> byJob(List<TaskRecord> tasks, Set<String> jobs) {
    // Two passes (count, then fill), as StartLatencies does, keep a million tasks unboxed.
    SortedMap<String, int[]> counts = new TreeMap<>();
    for (TaskRecord task : tasks) {
      if (task.startedAt().isPresent()) {
        TaskOwners.job(task, jobs)
            .ifPresent(job -> counts.computeIfAbsent(job, j -> new int[1])[0]++);
      }
    }
    SortedMap<String, double[]> waits = new TreeMap<>();
    counts.forEach((job, n) -> waits.put(job, new double[n[0]]));
    Map<String, int[]> filled = new HashMap<>();
    for (TaskRecord task : tasks) {
      if (task.startedAt().isPresent()) {
        TaskOwners.job(task, jobs)
            .ifPresent(
                job ->
                    waits.get(job)[filled.computeIfAbsent(job, j -> new int[1])[0]++] =
                        StartLatencies.seconds(task));
      }
    }
    waits.values().forEach(Arrays::sort);
    return waits;
  }

  /** p50, p95 and p99 of a job's waits, computed and rounded as summary.json's are. */
  public static Percentiles percentiles(double[] waits) {
    if (waits.length == 0) {
      throw new IllegalArgumentException("no waits: a job whose tasks never started has no chart");
    }
    return new Percentiles(
        Rounding.round6(EmpiricalCdf.percentile(waits, 50)),
        Rounding.round6(EmpiricalCdf.percentile(waits, 95)),
        Rounding.round6(EmpiricalCdf.percentile(waits, 99)));
  }
}
