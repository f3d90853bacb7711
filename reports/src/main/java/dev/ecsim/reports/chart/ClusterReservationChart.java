package dev.ecsim.reports.chart;

import dev.ecsim.metrics.SeriesKey;
import dev.ecsim.metrics.SeriesNames;
import dev.ecsim.metrics.TimeSeries;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Cluster CPU and memory reservation (what tasks asked for, which drives cluster auto scaling) next
 * to utilization (what they used). Colour tells the resource, a dashed line marks utilization, so
 * the gap between a pair of lines is the over-reservation.
 */
final class ClusterReservationChart {
  private ClusterReservationChart() {}

  static final String TITLE = "Cluster reservation and utilization";

  private record Line(SeriesKey column, String label, int colour, boolean dashed) {}

  private static final List<Line> LINES =
      List.of(
          new Line(SeriesNames.CPU_RESERVATION_PCT, "CPU reservation", 0, false),
          new Line(SeriesNames.MEMORY_RESERVATION_PCT, "Memory reservation", 1, false),
          new Line(SeriesNames.CPU_UTILIZATION_PCT, "CPU utilization", 0, true),
          new Line(SeriesNames.MEMORY_UTILIZATION_PCT, "Memory utilization", 1, true));

  static Optional<JFreeChart> build(TimeSeries series, ChartStyle style) {
    List<Line> present = new ArrayList<>();
    for (Line line : LINES) {
      if (series.hasColumn(line.column())) {
        present.add(line);
      }
    }
    if (present.isEmpty()) {
      return Optional.empty();
    }
    TimeScale scale = XYCharts.scaleOf(series);
    List<SeriesKey> columns = present.stream().map(Line::column).toList();
    XYSeriesCollection data =
        Datasets.lines(
            series,
            columns,
            c -> labelOf(present, c),
            Aggregation.MEAN,
            Datasets.Join.LINE,
            scale,
            style.maxPoints());
    XYLineAndShapeRenderer renderer = XYCharts.lineRenderer();
    double[] maxima = new double[present.size()];
    for (int i = 0; i < present.size(); i++) {
      Line line = present.get(i);
      Stroke stroke = line.dashed() ? style.dashed() : style.solid();
      renderer.setSeriesPaint(i, style.color(line.colour()));
      renderer.setSeriesStroke(i, stroke);
      maxima[i] = data.getSeries(i).getMaxY(); // NaN when the line is all gaps
    }
    JFreeChart chart = XYCharts.create(TITLE, scale, "percent", data, renderer, style);
    chart.getXYPlot().getRangeAxis().setRange(0, Ranges.percentUpperBound(Ranges.max(maxima)));
    return Optional.of(chart);
  }

  private static String labelOf(List<Line> lines, SeriesKey column) {
    return lines.stream().filter(l -> l.column().equals(column)).findFirst().orElseThrow().label();
  }
}
