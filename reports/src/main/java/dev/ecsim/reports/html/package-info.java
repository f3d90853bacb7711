/**
 * The self-contained HTML pages, report.html and compare.html: inline CSS, charts as base64 PNGs,
 * no scripts, every name escaped; the figure tables read through the summaries' record components,
 * and the selection of events a reader can open day by day.
 *
 * <p>May depend on: dev.ecsim.metrics, the compare and summary packages, {@link
 * dev.ecsim.reports.summary.RunFacts} of the summary package, and Commons Text for escaping.
 */
package dev.ecsim.reports.html;
