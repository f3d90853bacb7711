package dev.ecsim.spark;

import dev.ecsim.cli.SweepPlan;
import dev.ecsim.metrics.Summary;
import dev.ecsim.reports.sweep.Sweep;
import dev.ecsim.scenario.InvalidScenarioException;
import dev.ecsim.scenario.ValidationIssue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * A sweep's runs as one Spark job: one task per (point, replication), so a large sweep spreads over
 * every executor. The plan was read and checked on the driver; each executor receives the runs'
 * plain data once (a broadcast: the base scenario's text and every point's settings) and each task
 * only its run's number, plays that run as {@code ecsim sweep} would ({@link SweepPlan.Runs#summary})
 * and returns its typed summary. The driver puts the summaries back in run order, whatever order
 * tasks finished in and however they were partitioned, and builds the same {@link Sweep}.
 */
final class SparkSweepJob {
  private SparkSweepJob() {}

  /** The results, and how many Spark tasks played them. */
  record Outcome(Sweep sweep, int tasks) {}

  static Outcome run(JavaSparkContext spark, SweepPlan plan) {
    SweepPlan.Runs runs = plan.runs();
    // As bytes (JavaBytes says why); a task reads them back in far less time than its run takes.
    Broadcast<byte[]> shared = spark.broadcast(JavaBytes.of(runs));
    List<Integer> numbers = IntStream.range(0, runs.count()).boxed().toList();
    // One partition per run: a run is seconds to minutes of simulation, far more than a task costs.
    JavaRDD<RunSummary> played = spark.parallelize(numbers, runs.count())
        .map(i -> play(shared.value(), i));
    List<RunSummary> collected;
    try {
      collected = new ArrayList<>(played.collect());
    } finally {
      shared.destroy();
    }
    collected.sort(Comparator.comparingInt(RunSummary::run));
    for (int k = 0; k < collected.size(); k++) {
      if (collected.get(k).run() != k) {
        throw new IllegalStateException("the job returned run " + collected.get(k).run() + " where run " + k
            + " belongs: every run once is what a Spark job collects");
      }
    }
    List<Summary> byRun = collected.stream().map(RunSummary::summary).toList();
    return new Outcome(plan.sweepOfRuns(byRun), played.getNumPartitions());
  }

  /** Run {@code i}, on an executor. */
  private static RunSummary play(byte[] shipped, int i) {
    SweepPlan.Runs runs = JavaBytes.read(shipped, SweepPlan.Runs.class);
    try {
      return new RunSummary(i, runs.summary(i));
    } catch (InvalidScenarioException e) {
      // The driver loaded this point; here it does not, so the executor sees other files.
      throw new IllegalStateException("run " + i + ": the base scenario does not load on this executor as it did "
          + "on the driver: " + e.issues().stream().map(ValidationIssue::format).collect(Collectors.joining("; "))
          + " (every file the scenario refers to must be readable at the same path on every executor: "
          + "docs/sweeps.md, On a Spark cluster)", e);
    }
  }
}
