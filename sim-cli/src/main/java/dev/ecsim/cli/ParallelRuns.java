package dev.ecsim.cli;

import dev.ecsim.metrics.EventSink;
import dev.ecsim.metrics.RunResult;
import dev.ecsim.metrics.TaskRecordSink;
import dev.ecsim.run.Simulation;
import dev.ecsim.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs several scenarios' replications on a fixed pool, one Simulation per run: the grid points of
 * a sweep, the columns of a comparison. Replication r of every scenario runs with the scenario's
 * seed + r. Results are collected by scenario and replication index, never by completion order, so
 * the thread count cannot change them.
 */
final class ParallelRuns {
  private ParallelRuns() {}

  /** What to keep of one run (a week-long run's full result is large; most callers keep the summary). */
  @FunctionalInterface
  interface Keep<T> {
    T of(int replication, RunResult result);
  }

  /** For each scenario, what {@code keep} took of seeds seed..seed+replications-1, in seed order. */
  static <T> List<List<T>> run(List<Scenario> scenarios, int replications, int threads, ProgressDisplay progress,
      Keep<T> keep) throws InterruptedException {
    int total = scenarios.size() * replications;
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, total)));
    try {
      List<List<Future<T>>> futures = new ArrayList<>();
      for (Scenario scenario : scenarios) {
        List<Future<T>> runs = new ArrayList<>();
        for (int r = 0; r < replications; r++) {
          int replication = r;
          Scenario seeded = scenario.withSeed(scenario.seed() + r);
          // Neither tasks nor events are kept: a comparison or a sweep reads summaries and series.
          runs.add(pool.submit(() -> keep.of(replication, Simulation.build(seeded)
              .run(percent -> progress.step(), TaskRecordSink.discard(), EventSink.discard()))));
        }
        futures.add(runs);
      }
      List<List<T>> results = new ArrayList<>();
      for (List<Future<T>> runs : futures) {
        List<T> kept = new ArrayList<>();
        for (Future<T> f : runs) {
          kept.add(get(f));
        }
        results.add(kept);
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> T get(Future<T> f) throws InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
