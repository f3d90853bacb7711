/**
 * The output files of ecsim: {@link dev.ecsim.reports.ReportWriter} writes a run's report directory
 * (summary.json, run.json, timeseries.csv, tasks.csv, events.csv, placements.jsonl, charts/,
 * report.html) all or nothing through {@link dev.ecsim.reports.ReportDirectory};
 * {@link dev.ecsim.reports.ComparisonWriter} and {@link dev.ecsim.reports.SweepWriter} do the same for
 * compare and sweep.
 *
 * <p>May depend on: dev.ecsim.metrics alone of sim-core (the reports module's ArchitectureTest
 * holds every package here to it: a report is written from a run's results, never from the
 * model), the sub-packages below, Jackson and JFreeChart.
 */
package dev.ecsim.reports;
