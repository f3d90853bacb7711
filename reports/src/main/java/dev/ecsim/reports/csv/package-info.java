/**
 * The CSV files: tasks.csv and events.csv (streamed as the run goes), timeseries.csv,
 * compare.csv and sweep.csv, in one dialect (RFC 4180, LF line ends) with locale-free numbers, so
 * the same run gives byte-identical files.
 *
 * <p>May depend on: dev.ecsim.metrics, the compare, summary and sweep packages, and Commons CSV.
 */
package dev.ecsim.reports.csv;
