package dev.ecsim.run;

import dev.ecsim.engine.ResourceLimitException;
import dev.ecsim.metrics.EventSink;
import dev.ecsim.metrics.Replicated;
import dev.ecsim.metrics.RunResult;
import dev.ecsim.metrics.Summary;
import dev.ecsim.metrics.TaskRecordSink;
import dev.ecsim.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Replications of scenarios, the one place they are run: replication r of a scenario runs with its
 * seed + r, each on a Simulation of its own, the runs of every scenario spread over {@code threads}
 * workers. Results are collected by scenario and replication index, never by completion order, so
 * the thread count cannot change them. (Not {@link dev.ecsim.metrics.Replications}, which writes
 * the replications' figures as summary.json.)
 */
public final class ReplicatedRun {
  private ReplicatedRun() {}

  /** One scenario's replications: every run's summary, in seed order, and the first run's whole result. */
  public record Outcome(Replicated<Summary> summaries, RunResult first) {}

  /**
   * How to run: on how many threads, whom to tell of each hundredth of a run played (called from
   * the worker threads), where the first replication's tasks and events go and whether it explains
   * its placements. The other replications keep no tasks, events or explanations.
   */
  public record Settings(int threads, Runnable progress, TaskRecordSink firstTasks, EventSink firstEvents,
      boolean explainFirst) {
    public Settings {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, not " + threads);
      }
    }

    /** One thread, no progress, nothing of the first run kept but its result. */
    public static Settings defaults() {
      return new Settings(1, () -> {}, TaskRecordSink.discard(), EventSink.discard(), false);
    }

    public Settings withThreads(int n) {
      return new Settings(n, progress, firstTasks, firstEvents, explainFirst);
    }

    public Settings withProgress(Runnable onStep) {
      return new Settings(threads, onStep, firstTasks, firstEvents, explainFirst);
    }

    /** The first replication's tasks and events stream to these as they happen. */
    public Settings withFirstSinks(TaskRecordSink tasks, EventSink events) {
      return new Settings(threads, progress, tasks, events, explainFirst);
    }

    /** The first replication records why every task landed where it did (placements.jsonl). */
    public Settings explainingFirst(boolean explain) {
      return new Settings(threads, progress, firstTasks, firstEvents, explain);
    }
  }

  /** Seeds seed..seed+replications-1 of {@code scenario}. */
  public static Outcome run(Scenario scenario, int replications, Settings settings) throws InterruptedException {
    List<Kept> runs = execute(List.of(scenario), replications, settings, true).get(0);
    return new Outcome(summaries(runs), runs.get(0).whole());
  }

  /**
   * Seeds seed..seed+replications-1 of each scenario, all runs sharing the workers (the columns of
   * a comparison): one outcome per scenario, in order, its first result without tasks or events.
   */
  public static List<Outcome> runAll(List<Scenario> scenarios, int replications, int threads, Runnable progress)
      throws InterruptedException {
    List<Outcome> outcomes = new ArrayList<>();
    for (List<Kept> runs : execute(scenarios, replications, onlyProgress(threads, progress), true)) {
      outcomes.add(new Outcome(summaries(runs), runs.get(0).whole()));
    }
    return outcomes;
  }

  /**
   * As {@link #runAll} keeping the summaries alone: for many scenarios (the points of a sweep),
   * where every first run's time series together would fill the heap.
   */
  public static List<Replicated<Summary>> summariesOfAll(List<Scenario> scenarios, int replications, int threads,
      Runnable progress) throws InterruptedException {
    List<Replicated<Summary>> all = new ArrayList<>();
    for (List<Kept> runs : execute(scenarios, replications, onlyProgress(threads, progress), false)) {
      all.add(summaries(runs));
    }
    return all;
  }

  /**
   * Replication {@code r} of {@code scenario} alone, its summary the only thing kept: how a sweep's
   * run is played where it is shipped on its own (a Spark task), the same run as {@link
   * #summariesOfAll} plays for that scenario and replication.
   */
  public static Summary replication(Scenario scenario, int r) {
    if (r < 0) {
      throw new IllegalArgumentException("replication must be at least 0, not " + r);
    }
    return runOne(seeded(scenario, r), r == 0, Settings.defaults()).summary();
  }

  /** Replication r runs with the scenario's seed + r: common random numbers across scenarios. */
  private static Scenario seeded(Scenario scenario, int r) {
    return scenario.withSeed(scenario.seed() + r);
  }

  private static Settings onlyProgress(int threads, Runnable progress) {
    return Settings.defaults().withThreads(threads).withProgress(progress);
  }

  /** What is kept of one run: its summary, and the whole result of a first run asked for (else null). */
  private record Kept(Summary summary, RunResult whole) {}

  /**
   * Per scenario, per replication in seed order, what is kept of each run: the first run's whole
   * result too when {@code keepFirst}. One thread runs on the caller's, so a single run
   * behaves as it would alone (its errors and its heap watch untouched by a pool).
   */
  private static List<List<Kept>> execute(List<Scenario> scenarios, int replications, Settings settings,
      boolean keepFirst) throws InterruptedException {
    if (replications < 1) {
      throw new IllegalArgumentException("replications must be at least 1, not " + replications);
    }
    List<List<Callable<Kept>>> work = new ArrayList<>();
    for (int s = 0; s < scenarios.size(); s++) {
      List<Callable<Kept>> runs = new ArrayList<>();
      for (int r = 0; r < replications; r++) {
        Scenario seeded = seeded(scenarios.get(s), r);
        boolean first = r == 0;
        int scenario = s;
        int replication = r;
        runs.add(() -> inRun(scenario, replication, () -> {
          RunResult result = runOne(seeded, first, settings);
          return new Kept(result.summary(), first && keepFirst ? result : null);
        }));
      }
      work.add(runs);
    }
    int total = scenarios.size() * replications;
    int threads = Math.min(settings.threads(), total);
    if (threads <= 1) {
      return inline(work);
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<List<Future<Kept>>> futures = new ArrayList<>();
      for (List<Callable<Kept>> runs : work) {
        futures.add(runs.stream().map(pool::submit).toList());
      }
      List<List<Kept>> results = new ArrayList<>();
      for (List<Future<Kept>> runs : futures) {
        List<Kept> kept = new ArrayList<>();
        for (Future<Kept> f : runs) {
          kept.add(get(f));
        }
        results.add(kept);
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Plays {@code run}, a stop at a limit marked with which run it was: of many runs in parallel,
   * the lowest such run is the one reported (results are taken in order), and the command names it.
   */
  static <T> T inRun(int scenario, int replication, Callable<T> run) throws Exception {
    try {
      return run.call();
    } catch (ResourceLimitException e) {
      throw e.inRun(scenario, replication);
    }
  }

  /** The first replication writes to the sinks and may explain; the others keep nothing. */
  private static RunResult runOne(Scenario seeded, boolean first, Settings settings) {
    Simulation simulation = first && settings.explainFirst()
        ? Simulation.buildExplaining(seeded) : Simulation.build(seeded);
    Runnable progress = settings.progress();
    return first ? simulation.run(p -> progress.run(), settings.firstTasks(), settings.firstEvents())
        : simulation.run(p -> progress.run(), TaskRecordSink.discard(), EventSink.discard());
  }

  private static List<List<Kept>> inline(List<List<Callable<Kept>>> work) {
    List<List<Kept>> results = new ArrayList<>();
    for (List<Callable<Kept>> runs : work) {
      List<Kept> kept = new ArrayList<>();
      for (Callable<Kept> run : runs) {
        try {
          kept.add(run.call());
        } catch (RuntimeException | Error e) {
          throw e;
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
      results.add(kept);
    }
    return results;
  }

  private static Replicated<Summary> summaries(List<Kept> runs) {
    return Replicated.of(runs.stream().map(Kept::summary).toList());
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
