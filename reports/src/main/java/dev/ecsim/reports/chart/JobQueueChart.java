package dev.ecsim.reports.chart;

import dev.ecsim.metrics.SeriesKey;
import dev.ecsim.metrics.SeriesKind;
import dev.ecsim.metrics.SeriesNames;
import dev.ecsim.metrics.TimeSeries;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Per job, tasks waiting for placement (solid) and tasks placed and running (dashed), one colour
 * per job: a queue that grows while the active line is flat is a job starved of capacity. Buckets
 * keep their maximum so a burst of arrivals is not averaged away. Past {@link #MAX_JOBS} jobs the
 * chart keeps those with the most tasks queued or running on average, and says so in its title.
 */
final class JobQueueChart {
  private JobQueueChart() {}

  static final String TITLE = "Job queue and active tasks";
  static final int MAX_JOBS = 6;

  static Optional<JFreeChart> build(TimeSeries series, ChartStyle style) {
    Set<String> jobs = new LinkedHashSet<>();
    for (SeriesKey column : series.keys()) {
      if (column.kind() == SeriesKind.JOB_QUEUE || column.kind() == SeriesKind.JOB_ACTIVE) {
        jobs.add(column.entityName());
      }
    }
    if (jobs.isEmpty()) {
      return Optional.empty();
    }
    List<String> shown = Busiest.of(List.copyOf(jobs),
        name -> meanOf(series, SeriesNames.jobQueue(name)) + meanOf(series, SeriesNames.jobActive(name)), MAX_JOBS);
    String title = shown.size() < jobs.size()
        ? TITLE + " (the " + shown.size() + " busiest of " + jobs.size() + " jobs)" : TITLE;
    TimeScale scale = XYCharts.scaleOf(series);
    List<SeriesKey> columns = new ArrayList<>();
    List<Integer> colours = new ArrayList<>();
    List<Boolean> dashed = new ArrayList<>();
    int job = 0;
    for (String name : shown) {
      if (series.hasColumn(SeriesNames.jobQueue(name))) {
        columns.add(SeriesNames.jobQueue(name));
        colours.add(job);
        dashed.add(false);
      }
      if (series.hasColumn(SeriesNames.jobActive(name))) {
        columns.add(SeriesNames.jobActive(name));
        colours.add(job);
        dashed.add(true);
      }
      job++;
    }
    XYSeriesCollection data =
        Datasets.lines(
            series,
            columns,
            JobQueueChart::label,
            Aggregation.MAX,
            Datasets.Join.STEP,
            scale,
            style.maxPoints());
    XYLineAndShapeRenderer renderer = XYCharts.lineRenderer();
    for (int i = 0; i < columns.size(); i++) {
      renderer.setSeriesPaint(i, style.color(colours.get(i)));
      renderer.setSeriesStroke(i, dashed.get(i) ? style.dashed() : style.solid());
    }
    JFreeChart chart = XYCharts.create(title, scale, "tasks", data, renderer, style);
    chart.getXYPlot().getRangeAxis().setStandardTickUnits(RootLocaleTicks.integers());
    return Optional.of(chart);
  }

  /** A column's mean over the run, 0 when the run has no such column. */
  private static double meanOf(TimeSeries series, SeriesKey column) {
    if (!series.hasColumn(column)) {
      return 0;
    }
    double mean = Busiest.mean(series.column(column));
    return Double.isNaN(mean) ? 0 : mean;
  }

  private static String label(SeriesKey column) {
    return column.entityName() + (column.kind() == SeriesKind.JOB_QUEUE ? " queued" : " active");
  }
}
