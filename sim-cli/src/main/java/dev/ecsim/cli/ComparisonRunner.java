package dev.ecsim.cli;

import dev.ecsim.metrics.RunResult;
import dev.ecsim.metrics.Summary;
import dev.ecsim.metrics.TimeSeries;
import dev.ecsim.reports.compare.Comparison;
import dev.ecsim.reports.compare.ComparisonReport;
import dev.ecsim.run.Simulation;
import dev.ecsim.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every column of a comparison: replication r of every column with seed {@code seed + r}
 * (common random numbers: the same seeds, so the same arrivals and durations, in every column) and
 * one duration. Keeps each run's summary, and the time series of replication 0 only, for the
 * overlaid charts.
 */
final class ComparisonRunner {
  private ComparisonRunner() {}

  /** A column of the comparison: its heading and the scenario it runs. */
  record Column(String label, Scenario scenario) {}

  static ComparisonReport run(List<Column> columns, long seed, long durationMillis, int replications) {
    List<List<Summary>> summaries = new ArrayList<>();
    List<TimeSeries> firstSeries = new ArrayList<>();
    for (Column column : columns) {
      List<Summary> runs = new ArrayList<>();
      for (int r = 0; r < replications; r++) {
        RunResult result = Simulation.build(column.scenario().withSeed(seed + r).withDuration(durationMillis)).run();
        if (r == 0) {
          firstSeries.add(result.series());
        }
        runs.add(result.summary());
      }
      summaries.add(runs);
    }
    Comparison comparison = Comparison.replicated(columns.stream().map(Column::label).toList(), summaries);
    return new ComparisonReport(comparison, seed, durationMillis, firstSeries);
  }
}
