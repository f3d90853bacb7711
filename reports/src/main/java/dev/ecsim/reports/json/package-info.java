/**
 * The JSON files: summary.json, written from the tree {@link dev.ecsim.metrics.Replications} builds
 * from the typed summaries, with a fixed byte layout, and placements.jsonl, one placement decision
 * a line.
 *
 * <p>May depend on: dev.ecsim.metrics and Jackson.
 */
package dev.ecsim.reports.json;
