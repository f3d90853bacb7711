package dev.ecsim.reports.chart;

import dev.ecsim.metrics.RunResult;
import dev.ecsim.metrics.TimeSeries;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.jfree.chart.JFreeChart;

/**
 * Every chart of a run report, in the order the HTML shows them. Adding a chart is one class plus
 * one constant here. A chart whose series the run did not record (no jobs, say) is skipped.
 */
public enum Charts {
  CUMULATIVE_COST("cumulative-cost", CumulativeCostChart.TITLE, CumulativeCostChart::build),
  CLUSTER_RESERVATION(
      "cluster-reservation", ClusterReservationChart.TITLE, ClusterReservationChart::build),
  INSTANCES("instances", InstancesChart.TITLE, InstancesChart::build),
  JOB_QUEUE("job-queue", JobQueueChart.TITLE, JobQueueChart::build);

  static {
    Headless.ensure();
  }

  private final String fileName;
  private final String title;
  private final BiFunction<TimeSeries, ChartStyle, Optional<JFreeChart>> builder;

  Charts(
      String fileName,
      String title,
      BiFunction<TimeSeries, ChartStyle, Optional<JFreeChart>> builder) {
    this.fileName = fileName;
    this.title = title;
    this.builder = builder;
  }

  /** File name without extension, e.g. {@code cumulative-cost}. */
  public String fileName() {
    return fileName;
  }

  public String title() {
    return title;
  }

  /** The chart, or empty when the series has none of the columns it plots. */
  public Optional<JFreeChart> build(TimeSeries series, ChartStyle style) {
    return builder.apply(series, style);
  }

  public static Optional<Charts> byFileName(String fileName) {
    return Arrays.stream(values()).filter(c -> c.fileName.equals(fileName)).findFirst();
  }

  /**
   * Writes PNG and SVG of every applicable chart into {@code dir}; returns the file names written.
   */
  public static List<String> renderAll(RunResult result, Path dir) throws IOException {
    return renderAll(result.series(), dir, ChartStyle.standard());
  }

  public static List<String> renderAll(TimeSeries series, Path dir, ChartStyle style)
      throws IOException {
    List<String> written = new ArrayList<>();
    for (Charts chart : values()) {
      Optional<JFreeChart> built = chart.build(series, style);
      if (built.isPresent()) {
        ChartFiles.write(built.get(), style, dir, chart.fileName);
        written.add(chart.fileName);
      }
    }
    return written;
  }
}
