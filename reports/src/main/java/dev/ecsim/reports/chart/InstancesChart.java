package dev.ecsim.reports.chart;

import dev.ecsim.metrics.EventType;
import dev.ecsim.metrics.RunResult;
import dev.ecsim.metrics.SeriesKey;
import dev.ecsim.metrics.SeriesKind;
import dev.ecsim.metrics.SeriesNames;
import dev.ecsim.metrics.TimeSeries;
import dev.ecsim.reports.chart.SpotMarkers.InstanceMark;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;

/**
 * Instances per EC2 capacity provider, from launch (booting ones included: they are billed) to
 * termination. Step-shaped lines, because the count changes at discrete launches and terminations;
 * buckets keep their maximum so a short scale-out stays visible on a week-long chart. Each
 * provider keeps the colour the cost charts give it. Spot interruptions are thin vertical lines
 * in the provider's colour, dashed at the notice and solid at the termination: the group launches
 * the replacement as the old instance goes, so the count line alone would not show them. A
 * provider whose scale-in drains busy instances (managed draining on, termination protection off)
 * also gets a dashed line in its colour: how many of its instances are DRAINING, still counted.
 */
final class InstancesChart {
  private InstancesChart() {}

  static final String TITLE = "Instances per capacity provider";

  /** A kind of spot mark, with its legend label and look. */
  private record MarkLine(EventType eventType, String label, boolean dashed) {}

  private static final List<MarkLine> MARK_LINES =
      List.of(
          new MarkLine(SpotMarkers.NOTICE, "spot interruption notice", true),
          new MarkLine(SpotMarkers.TERMINATED, "terminated by spot", false));

  static Optional<JFreeChart> build(RunResult run, ChartStyle style) {
    TimeSeries series = run.series();
    List<SeriesKey> columns = series.keysOf(SeriesKind.INSTANCES);
    if (columns.isEmpty()) {
      return Optional.empty();
    }
    List<String> providers = columns.stream().map(SeriesKey::entityName).toList();
    int[] colours = ProviderColours.indexes(ProviderColours.providers(series), providers);
    TimeScale scale = XYCharts.scaleOf(series);
    XYLineAndShapeRenderer renderer = XYCharts.lineRenderer();
    for (int i = 0; i < columns.size(); i++) {
      renderer.setSeriesPaint(i, style.color(colours[i]));
      renderer.setSeriesStroke(i, style.stroke(colours[i]));
    }
    List<SeriesKey> lines = new ArrayList<>(columns);
    for (int i = 0; i < providers.size(); i++) {
      SeriesKey draining = SeriesNames.instancesDraining(providers.get(i));
      if (series.hasColumn(draining)) {
        renderer.setSeriesPaint(lines.size(), style.color(colours[i]));
        renderer.setSeriesStroke(lines.size(), style.dashed());
        lines.add(draining);
      }
    }
    JFreeChart chart =
        XYCharts.create(
            TITLE,
            scale,
            "instances (booting included)",
            Datasets.lines(
                series,
                lines,
                c -> c.kind() == SeriesKind.INSTANCES
                    ? label(c.entityName(), run.purchaseOptions())
                    : c.entityName() + ": draining",
                Aggregation.MAX,
                Datasets.Join.STEP,
                scale,
                style.maxPoints()),
            renderer,
            style);
    XYPlot plot = chart.getXYPlot();
    plot.getRangeAxis().setStandardTickUnits(RootLocaleTicks.integers());
    List<InstanceMark> marks = SpotMarkers.instanceMarks(run.events(), providers);
    if (!marks.isEmpty() && series.rows() > 0) {
      addSpotMarks(plot, marks, providers, colours, series, scale, style);
    }
    return Optional.of(chart);
  }

  /** "spot-m6i (spot)": the provider and how its capacity is bought, when the run says. */
  static String label(String provider, Map<String, String> purchaseOptions) {
    String option = purchaseOptions.get(provider);
    return option == null ? provider : provider + " (" + option + ")";
  }

  /** Thinned like a service chart's markers, per provider and kind; counts in the legend. */
  private static void addSpotMarks(
      XYPlot plot,
      List<InstanceMark> marks,
      List<String> providers,
      int[] colours,
      TimeSeries series,
      TimeScale scale,
      ChartStyle style) {
    LegendItemCollection legend = new LegendItemCollection();
    for (int i = 0; i < plot.getDataset().getSeriesCount(); i++) {
      legend.add(plot.getRenderer().getLegendItem(0, i));
    }
    List<InstanceMark> shown =
        ServiceMarkers.thin(
            marks,
            InstanceMark::timeMillis,
            m -> List.of(m.provider(), m.type()),
            series.timeMillis(0),
            series.timeMillis(series.rows() - 1),
            ServiceChart.markerSlots(style));
    for (int i = 0; i < providers.size(); i++) {
      String provider = providers.get(i);
      Color colour = style.color(colours[i]);
      for (MarkLine line : MARK_LINES) {
        long count =
            marks.stream()
                .filter(m -> m.provider().equals(provider) && m.type() == line.eventType())
                .count();
        if (count == 0) {
          continue;
        }
        for (InstanceMark m : shown) {
          if (m.provider().equals(provider) && m.type() == line.eventType()) {
            plot.addDomainMarker(
                style.eventLine(scale.convert(m.timeMillis()), colour, line.dashed()),
                Layer.BACKGROUND);
          }
        }
        legend.add(
            style.eventLegendItem(
                provider + ": " + line.label() + " (" + count + ")", colour, line.dashed()));
      }
    }
    plot.setFixedLegendItems(legend);
  }
}
