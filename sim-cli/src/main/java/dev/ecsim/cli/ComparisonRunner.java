package dev.ecsim.cli;

import dev.ecsim.engine.ResourceLimitException;
import dev.ecsim.metrics.Summary;
import dev.ecsim.metrics.TimeSeries;
import dev.ecsim.reports.compare.Comparison;
import dev.ecsim.reports.compare.ComparisonReport;
import dev.ecsim.run.ReplicatedRun;
import dev.ecsim.scenario.RunLimits;
import dev.ecsim.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every column of a comparison: replication r of every column with seed {@code seed + r}
 * (common random numbers: the same seeds, so the same arrivals and durations, in every column) and
 * one duration, in parallel on {@code threads} workers. Keeps each run's summary, and the time
 * series of replication 0 only, for the overlaid charts.
 */
final class ComparisonRunner {
  private ComparisonRunner() {}

  /** A column of the comparison: its heading and the scenario it runs. */
  record Column(String label, Scenario scenario) {}

  static ComparisonReport run(List<Column> columns, long seed, long durationMillis, int replications, int threads,
      ProgressDisplay progress) throws InterruptedException {
    List<Scenario> scenarios = columns.stream()
        .map(c -> c.scenario().withSeed(seed).withDuration(durationMillis)).toList();
    for (int i = 0; i < scenarios.size(); i++) {
      String label = columns.get(i).label();
      RunLimits.metricsProblem(durationMillis, scenarios.get(i).metricsPeriodMillis(),
          RunLimits.series(scenarios.get(i))).ifPresent(problem -> {
        throw new InvalidOptionException(label + " over the common duration: " + problem);
      });
    }
    List<ReplicatedRun.Outcome> runs;
    try {
      runs = ReplicatedRun.runAll(scenarios, replications, threads, progress::step);
    } catch (ResourceLimitException e) {
      // Which column's run stopped, and with which seed (every column plays the same seeds).
      if (e.scenario().isEmpty()) {
        throw e;
      }
      throw e.named(columns.get(e.scenario().getAsInt()).label() + ", seed " + (seed + e.replication().orElse(0)));
    }
    List<List<Summary>> summaries = new ArrayList<>();
    List<TimeSeries> firstSeries = new ArrayList<>();
    for (ReplicatedRun.Outcome column : runs) {
      summaries.add(column.summaries().runs());
      firstSeries.add(column.first().series());
    }
    Comparison comparison = Comparison.replicated(columns.stream().map(Column::label).toList(), summaries);
    return new ComparisonReport(comparison, seed, durationMillis, firstSeries);
  }
}
