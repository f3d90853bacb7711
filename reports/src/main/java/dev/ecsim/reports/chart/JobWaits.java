package dev.ecsim.reports.chart;

import dev.ecsim.metrics.Rounding;

/**
 * The percentiles summary.json reports of a job's waits, as a pure function. sim-core counts a
 * wait for every task of the job ({@code TaskAggregates.JobWaits}): createdAt to startedAt in
 * seconds for a task that started (retries included, from their own createdAt), and for a task
 * still waiting when the run ended the wait it had had by then (a lower bound); summary.json's
 * waitSecondsP50/P95/P99 are Commons Math's default percentile of those, rounded to six decimals.
 * The same here, so the chart's lines are the summary's figures (for the run the chart draws: with
 * replications summary.json holds means, the charts the first run).
 */
public final class JobWaits {
  private JobWaits() {}

  /** The three percentiles summary.json reports of a job's waits, in seconds. */
  public record Percentiles(double p50, double p95, double p99) {}

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
