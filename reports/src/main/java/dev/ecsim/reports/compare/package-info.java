/**
 * What {@code ecsim compare} computes from the replications' summaries: the side-by-side table of
 * figures with means and 95 % half-widths, the figures derived per run, and the verdicts (cheapest,
 * best service SLO, best job SLO) with the paired t-test that says which columns cannot be told
 * from the winner. Pure functions of the summaries.
 *
 * <p>May depend on: dev.ecsim.metrics, the summary package and Commons Math.
 */
package dev.ecsim.reports.compare;
