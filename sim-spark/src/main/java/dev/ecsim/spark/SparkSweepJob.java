package dev.ecsim.spark;

import dev.ecsim.cli.SweepPlan;
import dev.ecsim.engine.ResourceLimitException;
import dev.ecsim.metrics.Summary;
import dev.ecsim.reports.sweep.Sweep;
import dev.ecsim.scenario.InvalidScenarioException;
import dev.ecsim.scenario.ValidationIssue;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * A sweep's runs as one Spark job: one task per (point, replication), so a large sweep spreads over
 * every executor. The plan was read and checked on the driver; each executor receives the runs'
 * plain data once (a broadcast: the base scenario's text, every point's settings and the bytes of
 * every file the points read on the driver, so an executor reads no file) and each task only its
 * run's number, plays that run as {@code ecsim sweep} would ({@link SweepPlan.Runs#summary}) and
 * returns its typed summary, or the limit the run reached. The driver puts the summaries back in run
 * order, whatever order tasks finished in and however they were partitioned, and builds the same
 * {@link Sweep}.
 */
final class SparkSweepJob {
  private SparkSweepJob() {}

  /** The results, and how many Spark tasks played them. */
  record Outcome(Sweep sweep, int tasks) {}

  /** How a task plays run {@code i}: {@link SweepPlan.Runs#summary}, or a stand-in in tests. */
  interface Player extends Serializable {
    Player EACH_RUN = SweepPlan.Runs::summary;

    Summary play(SweepPlan.Runs runs, int i) throws InvalidScenarioException;
  }

  static Outcome run(JavaSparkContext spark, SweepPlan plan) {
    return run(spark, plan, Player.EACH_RUN);
  }

  /**
   * @throws RunLimitException when a run reached a limit of what a run may hold: the lowest such
   *     run's, whatever order the tasks finished in
   */
  static Outcome run(JavaSparkContext spark, SweepPlan plan, Player player) {
    SweepPlan.Runs runs = plan.runs();
    // As bytes (JavaBytes says why); a task reads them back in far less time than its run takes.
    Broadcast<byte[]> shared = spark.broadcast(JavaBytes.of(runs));
    List<Integer> numbers = IntStream.range(0, runs.count()).boxed().toList();
    // One partition per run: a run is seconds to minutes of simulation, far more than a task costs.
    JavaRDD<Played> played = spark.parallelize(numbers, runs.count())
        .map(i -> play(shared.value(), i, player));
    List<Played> collected;
    try {
      collected = new ArrayList<>(played.collect());
    } finally {
      shared.destroy();
    }
    collected.sort(Comparator.comparingInt(Played::run));
    for (int k = 0; k < collected.size(); k++) {
      if (collected.get(k).run() != k) {
        throw new IllegalStateException("the job returned run " + collected.get(k).run() + " where run " + k
            + " belongs: every run once is what a Spark job collects");
      }
    }
    Optional<LimitReached> limit = collected.stream()
        .filter(LimitReached.class::isInstance).map(LimitReached.class::cast).findFirst();
    if (limit.isPresent()) {
      // Named as ecsim sweep names it: run i is point i / replications, replication i % replications.
      int run = limit.get().run();
      throw new RunLimitException(plan.runName(run / runs.replications(), run % runs.replications()) + ": "
          + limit.get().message());
    }
    List<Summary> byRun = collected.stream().map(p -> ((RunSummary) p).summary()).toList();
    return new Outcome(plan.sweepOfRuns(byRun), played.getNumPartitions());
  }

  /** Run {@code i}, on an executor. */
  private static Played play(byte[] shipped, int i, Player player) {
    SweepPlan.Runs runs = JavaBytes.read(shipped, SweepPlan.Runs.class);
    try {
      return new RunSummary(i, player.play(runs, i));
    } catch (ResourceLimitException e) {
      // The scenario's, not the executor's: every attempt would stop at the same point.
      return new LimitReached(i, e.getMessage());
    } catch (InvalidScenarioException e) {
      // The driver loaded this point from the same text and the same files' bytes: only another
      // build of ecsim on the executors reads them otherwise.
      throw new IllegalStateException("run " + i + ": the point does not load on this executor as it did on the "
          + "driver: " + e.issues().stream().map(ValidationIssue::format).collect(Collectors.joining("; "))
          + " (is the job jar the driver's?)", e);
    }
  }
}
