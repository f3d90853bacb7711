package dev.ecsim.reports.chart;

import dev.ecsim.metrics.SeriesKind;
import dev.ecsim.metrics.TimeSeries;
import java.util.Optional;
import org.jfree.chart.JFreeChart;

/**
 * CapacityProviderReservation of each EC2 provider with managed scaling: the instances its tasks
 * need as a percentage of those it runs. Cluster auto scaling launches when this is above the
 * provider's targetCapacity and terminates after 15 minutes below it; the run result does not
 * carry each target, so the line marks 100 (just enough instances), the default target.
 * Buckets keep their maximum: one minute over target is enough to launch instances, and that
 * minute must stay visible on a week-long chart.
 */
final class CapacityProviderReservationChart {
  private CapacityProviderReservationChart() {}

  static final String TITLE = "Capacity provider reservation";

  static Optional<JFreeChart> build(TimeSeries series, ChartStyle style) {
    Optional<JFreeChart> chart = PercentLines.build(series, style, SeriesKind.CAPACITY_PROVIDER_RESERVATION,
        TITLE, "percent", Aggregation.MAX,
        providers -> ProviderColours.indexes(ProviderColours.providers(series), providers));
    chart.ifPresent(c -> c.getXYPlot().addRangeMarker(style.referenceLine(100, "100%: just enough instances")));
    return chart;
  }
}
