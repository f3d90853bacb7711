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
 * pure functions. sim-core's JobRunner counts a wait for every task of the job: createdAt to
 * startedAt in seconds for a task that started (retries included, from their own createdAt), and
 * for a task still waiting when the run ended the wait it had had by then (a lower bound);
 * summary.json's waitSecondsP50/P95/P99 are Commons Math's default percentile of those, rounded to
 * six decimals. The same here, so the chart's lines are the summary's figures (for the run the
 * chart draws: with replications summary.json holds means, the charts the first run).
 */
public final class JobWaits {
  private JobWaits() {}

  /** The three percentiles summary.json reports of a job's waits, in seconds. */
  public record Percentiles(double p50, double p95, double p99) {}

  /**
   * A job's waits in seconds, ascending, and how many of them are of tasks still waiting at the end
   * of the run (counted with their wait so far).
   */
  public record Waits(double[] sorted, int waitingAtEnd) {
    public int started() {
      return sorted.length - waitingAtEnd;
    }
  }

  /**
   * Per job, sorted by name, its tasks' waits; {@code endMillis} is the end of the run. A job that
   * submitted no task has no entry.
   */
  public static SortedMap<String, Waits> byJob(List<TaskRecord> tasks, Set<String> jobs, long endMillis) {
    // Two passes (count, then fill), as StartLatencies does, keep a million tasks unboxed.
    SortedMap<String, int[]> counts = new TreeMap<>();
    for (TaskRecord task : tasks) {
      TaskOwners.job(task, jobs).ifPresent(job -> counts.computeIfAbsent(job, j -> new int[2])[0]++);
    }
    SortedMap<String, double[]> waits = new TreeMap<>();
    counts.forEach((job, n) -> waits.put(job, new double[n[0]]));
    Map<String, int[]> filled = new HashMap<>();
    for (TaskRecord task : tasks) {
      TaskOwners.job(task, jobs).ifPresent(job -> {
        double wait;
        if (task.startedAt().isPresent()) {
          wait = StartLatencies.seconds(task);
        } else {
          wait = (endMillis - task.createdAt()) / 1000.0;
          counts.get(job)[1]++;
        }
        waits.get(job)[filled.computeIfAbsent(job, j -> new int[1])[0]++] = wait;
      });
    }
    SortedMap<String, Waits> byJob = new TreeMap<>();
    waits.forEach((job, values) -> {
      Arrays.sort(values);
      byJob.put(job, new Waits(values, counts.get(job)[1]));
    });
    return byJob;
  }

  /** p50, p95 and p99 of a job's waits, computed and rounded as summary.json's are. */
  public static Percentiles percentiles(double[] waits) {
    if (waits.length == 0) {
      throw new IllegalArgumentException("no waits: a job that submitted no task has no chart");
    }
    return new Percentiles(
        Rounding.round6(EmpiricalCdf.percentile(waits, 50)),
        Rounding.round6(EmpiricalCdf.percentile(waits, 95)),
        Rounding.round6(EmpiricalCdf.percentile(waits, 99)));
  }
}
