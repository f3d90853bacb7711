package dev.ecsim.reports.chart;

import dev.ecsim.metrics.RunResult;
import dev.ecsim.metrics.SeriesKind;
import dev.ecsim.metrics.SeriesNames;
import dev.ecsim.metrics.TimeSeries;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import org.jfree.chart.JFreeChart;

/**
 * Every chart family of a run report, in the order the HTML shows them. Adding a chart is one class
 * plus one constant here. A family draws one chart for the run, or one per service ({@link
 * #perService}, written as {@code service-<name>}) or per job ({@link #perName}, {@code
 * job-wait-<name>}); a chart whose data the run did not record (no jobs, say) is skipped. Most
 * charts plot the time series alone; {@link #series} adapts their builders, and a chart that needs
 * more of the run (the tasks, for start latency and job waits; the summary, for cost by service;
 * the event log, for the instance timeline) takes the whole RunResult.
 */
public enum Charts {
  CUMULATIVE_COST(
      "cumulative-cost", CumulativeCostChart.TITLE, series(CumulativeCostChart::build)),
  COST_RATE("cost-rate", CostRateChart.TITLE, series(CostRateChart::build)),
  COST_BY_SERVICE("cost-by-service", CostByServiceChart.TITLE, CostByServiceChart::build),
  CLUSTER_RESERVATION(
      "cluster-reservation",
      ClusterReservationChart.TITLE,
      series(ClusterReservationChart::build)),
  INSTANCES("instances", InstancesChart.TITLE, InstancesChart::build),
  INSTANCE_TIMELINE(
      "instance-timeline", InstanceTimelineChart.TITLE, InstanceTimelineChart::build),
  CAPACITY_PROVIDER_RESERVATION(
      "capacity-provider-reservation",
      CapacityProviderReservationChart.TITLE,
      series(CapacityProviderReservationChart::build)),
  START_LATENCY("start-latency", StartLatencyChart.TITLE, StartLatencyChart::build),
  JOB_QUEUE("job-queue", JobQueueChart.TITLE, series(JobQueueChart::build)),
  // One per job, "job-wait-<job>"; no other family's file starts with "job-wait-".
  JOB_WAIT("job-wait", JobWaitChart.TITLE, Section.RUN, perName(JobWaitChart::build)),
  // No service's chart can be called this: "services-..." does not start with "service-".
  SERVICE_CPU_UTILIZATION(
      "services-cpu-utilization",
      ServiceCpuUtilizationChart.TITLE,
      Section.SERVICES,
      once(series(ServiceCpuUtilizationChart::build))),
  SERVICE("service", ServiceChart.TITLE, Section.SERVICES, perService(ServiceChart::build));

  static {
    Headless.ensure();
  }

  /** Where the report shows a family's charts. */
  public enum Section {
    /** The cluster, its cost and its jobs. */
    RUN,
    /** Under the "Services" heading. */
    SERVICES
  }

  /** One chart drawn for a run, and the file name (without extension) it is written under. */
  public record Drawn(Charts family, String fileName, JFreeChart chart) {
    public String title() {
      return chart.getTitle().getText();
    }
  }

  /** Builds one chart of a service, or empty when the run lacks its data. */
  @FunctionalInterface
  interface ServiceBuilder {
    Optional<JFreeChart> build(RunResult run, String service, ChartStyle style);
  }

  @FunctionalInterface
  private interface Drawer {
    List<Drawn> draw(Charts family, RunResult run, ChartStyle style);
  }

  private final String fileName;
  private final String title;
  private final Section section;
  private final Drawer drawer;

  /** A single chart in the RUN section. */
  Charts(
      String fileName,
      String title,
      BiFunction<RunResult, ChartStyle, Optional<JFreeChart>> builder) {
    this(fileName, title, Section.RUN, once(builder));
  }

  Charts(String fileName, String title, Section section, Drawer drawer) {
    this.fileName = fileName;
    this.title = title;
    this.section = section;
    this.drawer = drawer;
  }

  /**
   * File name without extension, e.g. {@code cumulative-cost}; for a per-service family the
   * prefix of its files ({@code service} for {@code service-web}).
   */
  public String fileName() {
    return fileName;
  }

  /** What the family shows; each drawn chart carries its own title. */
  public String title() {
    return title;
  }

  public Section section() {
    return section;
  }

  /**
   * Every chart of this family for the run, in order: none when the run has none of the data it
   * plots, else one, or one per service.
   */
  public List<Drawn> draw(RunResult run, ChartStyle style) {
    return drawer.draw(this, run, style);
  }

  /** The family's first chart (a run-wide family's only one), or empty when it draws none. */
  public Optional<JFreeChart> build(RunResult run, ChartStyle style) {
    return draw(run, style).stream().findFirst().map(Drawn::chart);
  }

  private static BiFunction<RunResult, ChartStyle, Optional<JFreeChart>> series(
      BiFunction<TimeSeries, ChartStyle, Optional<JFreeChart>> builder) {
    return (run, style) -> builder.apply(run.series(), style);
  }

  private static Drawer once(BiFunction<RunResult, ChartStyle, Optional<JFreeChart>> builder) {
    return (family, run, style) ->
        builder.apply(run, style).map(c -> new Drawn(family, family.fileName, c)).stream().toList();
  }

  /** One chart per service of the run, in the order the time series lists them. */
  private static Drawer perService(ServiceBuilder builder) {
    return (family, run, style) -> {
      List<Drawn> drawn = new ArrayList<>();
      for (String service : services(run.series())) {
        builder
            .build(run, service, style)
            .ifPresent(c -> drawn.add(new Drawn(family, family.fileName + "-" + service, c)));
      }
      return drawn;
    };
  }

  /**
   * One chart per entity the builder names (a job, say), in the order it names them, written as
   * {@code <family>-<name>}.
   */
  private static Drawer perName(
      BiFunction<RunResult, ChartStyle, SortedMap<String, JFreeChart>> builder) {
    return (family, run, style) -> {
      List<Drawn> drawn = new ArrayList<>();
      builder
          .apply(run, style)
          .forEach((name, chart) -> drawn.add(new Drawn(family, family.fileName + "-" + name, chart)));
      return drawn;
    };
  }

  /** Every service of the run, replica and daemon: those with a desired-count column. */
  static List<String> services(TimeSeries series) {
    return series.entitiesOf(SeriesKind.SERVICE_DESIRED);
  }

  /**
   * Writes PNG and SVG of every applicable chart into {@code dir}; returns the charts written, in
   * report order.
   */
  public static List<Drawn> renderAll(RunResult result, Path dir) throws IOException {
    return renderAll(result, dir, ChartStyle.standard());
  }

  public static List<Drawn> renderAll(RunResult result, Path dir, ChartStyle style)
      throws IOException {
    return renderAll(result, dir, style, Runtime.getRuntime().availableProcessors());
  }

  /**
   * Shapes every chart's data in turn (cheap: series are bucketed to the plot's width), then
   * draws and encodes them, the bulk of the cost, on up to {@code threads} threads. Each chart is
   * drawn by one thread into files of its own, so the files do not depend on the thread count.
   */
  static List<Drawn> renderAll(RunResult result, Path dir, ChartStyle style, int threads)
      throws IOException {
    List<Drawn> drawn = new ArrayList<>();
    for (Charts family : values()) {
      drawn.addAll(family.draw(result, style));
    }
    int workers = Math.max(1, Math.min(threads, drawn.size()));
    if (workers == 1) {
      for (Drawn d : drawn) {
        ChartFiles.write(d.chart(), style, dir, d.fileName());
      }
      return drawn;
    }
    ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
      Thread t = new Thread(r, "ecsim-charts");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> writes = new ArrayList<>();
      for (Drawn d : drawn) {
        writes.add(pool.submit(() -> {
          ChartFiles.write(d.chart(), style, dir, d.fileName());
          return null;
        }));
      }
      for (Future<?> w : writes) {
        await(w);
      }
      return drawn;
    } finally {
      pool.shutdownNow();
    }
  }

  private static void await(Future<?> write) throws IOException {
    try {
      write.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while writing the charts", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
