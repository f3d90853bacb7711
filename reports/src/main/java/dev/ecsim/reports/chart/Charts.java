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
 * one constant here. A chart whose data the run did not record (no jobs, say) is skipped. Most
 * charts plot the time series alone; {@link #series} adapts their builders, and a chart that needs
 * more of the run (the tasks, for start latency) takes the whole RunResult.
 */
public enum Charts {
  CUMULATIVE_COST(
      "cumulative-cost", CumulativeCostChart.TITLE, series(CumulativeCostChart::build)),
  COST_RATE("cost-rate", CostRateChart.TITLE, series(CostRateChart::build)),
  CLUSTER_RESERVATION(
      "cluster-reservation",
      ClusterReservationChart.TITLE,
      series(ClusterReservationChart::build)),
  INSTANCES("instances", InstancesChart.TITLE, series(InstancesChart::build)),
  CAPACITY_PROVIDER_RESERVATION(
      "capacity-provider-reservation",
      CapacityProviderReservationChart.TITLE,
      series(CapacityProviderReservationChart::build)),
  START_LATENCY("start-latency", StartLatencyChart.TITLE, StartLatencyChart::build),
  JOB_QUEUE("job-queue", JobQueueChart.TITLE, series(JobQueueChart::build));

  static {
    Headless.ensure();
  }

  private final String fileName;
  private final String title;
  private final BiFunction<RunResult, ChartStyle, Optional<JFreeChart>> builder;

  Charts(
      String fileName,
      String title,
      BiFunction<RunResult, ChartStyle, Optional<JFreeChart>> builder) {
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

  /** The chart, or empty when the run has none of the data it plots. */
  public Optional<JFreeChart> build(RunResult run, ChartStyle style) {
    return builder.apply(run, style);
  }

  private static BiFunction<RunResult, ChartStyle, Optional<JFreeChart>> series(
      BiFunction<TimeSeries, ChartStyle, Optional<JFreeChart>> builder) {
    return (run, style) -> builder.apply(run.series(), style);
  }

  public static Optional<Charts> byFileName(String fileName) {
    return Arrays.stream(values()).filter(c -> c.fileName.equals(fileName)).findFirst();
  }

  /**
   * Writes PNG and SVG of every applicable chart into {@code dir}; returns the file names written.
   */
  public static List<String> renderAll(RunResult result, Path dir) throws IOException {
    return renderAll(result, dir, ChartStyle.standard());
  }

  public static List<String> renderAll(RunResult result, Path dir, ChartStyle style)
      throws IOException {
    List<String> written = new ArrayList<>();
    for (Charts chart : values()) {
      Optional<JFreeChart> built = chart.build(result, style);
      if (built.isPresent()) {
        ChartFiles.write(built.get(), style, dir, chart.fileName);
        written.add(chart.fileName);
      }
    }
    return written;
  }
}
