/**
 * The results of {@code ecsim sweep}: the swept parameters with their values and each grid point's
 * replicated summaries, in grid order.
 *
 * <p>May depend on: dev.ecsim.metrics alone.
 */
package dev.ecsim.reports.sweep;
