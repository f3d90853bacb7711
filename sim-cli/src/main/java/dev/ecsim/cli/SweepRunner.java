package dev.ecsim.cli;

import dev.ecsim.metrics.Summary;
import dev.ecsim.run.Simulation;
import dev.ecsim.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs every grid point's replications on a fixed pool, one Simulation per run. Results are
 * collected by point and replication index, never by completion order, so the thread count cannot
 * change them.
 */
final class SweepRunner {
  private SweepRunner() {}

  /** For each point, the summaries of seeds seed..seed+replications-1, in seed order. */
  static List<List<Summary>> run(List<Scenario> points, int replications, int threads, ProgressDisplay progress)
      throws InterruptedException {
    int total = points.size() * replications;
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, total));
    try {
      List<List<Future<Summary>>> futures = new ArrayList<>();
      for (Scenario point : points) {
        List<Future<Summary>> runs = new ArrayList<>();
        for (int r = 0; r < replications; r++) {
          Scenario replication = point.withSeed(point.seed() + r);
          runs.add(pool.submit(() -> {
            return Simulation.build(replication).run(percent -> progress.step()).summary();
          }));
        }
        futures.add(runs);
      }
      List<List<Summary>> results = new ArrayList<>();
      for (List<Future<Summary>> runs : futures) {
        List<Summary> summaries = new ArrayList<>();
        for (Future<Summary> f : runs) {
          summaries.add(get(f));
        }
        results.add(summaries);
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static Summary get(Future<Summary> f) throws InterruptedException {
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
