/**
 * A figure of a run's summary named by its summary.json path and read through the
 * {@link dev.ecsim.metrics.Summary} record components, so that every table, CSV row and chart of
 * compare and sweep names figures one way and a figure that does not exist fails to compile; and
 * {@link dev.ecsim.reports.summary.RunFacts}, what run.json says of how the runs went on this
 * machine. And the two rules every human-facing table shares ({@code ecsim run}'s, report.html,
 * compare's text and HTML): how a figure is written ({@link dev.ecsim.reports.summary.FigureFormat})
 * and which figures apply to a run ({@link dev.ecsim.reports.summary.Applicability}).
 *
 * <p>May depend on: dev.ecsim.metrics alone.
 */
package dev.ecsim.reports.summary;
