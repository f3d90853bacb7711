package dev.ecsim.reports.chart;

import dev.ecsim.metrics.EventType;
import dev.ecsim.metrics.RunResult;
import dev.ecsim.metrics.SeriesKey;
import dev.ecsim.metrics.SeriesNames;
import dev.ecsim.metrics.TimeSeries;
import dev.ecsim.reports.chart.ServiceMarkers.Mark;
import dev.ecsim.reports.chart.ServiceMarkers.Step;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * One service over time: its desired count (a wide grey step), RUNNING tasks (blue) and tasks
 * started but not RUNNING yet (orange), with the requests per second offered to it as a pale area
 * on a second axis when it has a load model. Triangles at the count a scaling action set mark
 * scale-outs (up) and scale-ins (down), one per bucket of a triangle's width, labelled with the
 * count of scale-outs and -ins when a bucket holds several ("+12 / −9"); thin vertical lines mark deployments and the spot
 * interruption notices that hit the service's tasks. Desired and pending
 * buckets keep their maximum and running its minimum, so on a week-long chart a minute below the
 * desired count still shows as blue below grey.
 */
final class ServiceChart {
  private ServiceChart() {}

  static final String TITLE = "Service tasks, load and scaling";

  // Okabe-Ito palette indexes (ChartStyle.OKABE_ITO).
  private static final int BLUE = 0;
  private static final int ORANGE = 1;
  private static final int GREEN = 2;
  private static final int VERMILLION = 3;
  private static final int SKY_BLUE = 4;
  private static final int PURPLE = 5;
  private static final int BLACK = 7;

  /** An event type drawn as a vertical line, with its legend label and look. */
  record EventLine(EventType eventType, String label, int colour, boolean dashed) {}

  /**
   * The events drawn as lines, in legend order; another type is one more entry. The service's own
   * events (its name as the source) are drawn; spot notices, logged under the capacity provider,
   * are drawn when one of the service's tasks was hit (sim-core's TaskAggregates#spotNoticesByOwner).
   */
  static final List<EventLine> EVENT_LINES =
      List.of(
          new EventLine(EventType.DEPLOYMENT_STARTED, "deployment started", PURPLE, true),
          new EventLine(EventType.DEPLOYMENT_COMPLETED, "deployment completed", PURPLE, false),
          new EventLine(EventType.DEPLOYMENT_FAILED, "deployment failed", VERMILLION, false),
          new EventLine(SpotMarkers.NOTICE, "spot interruption notice", BLACK, true));

  // XYPlot draws the highest dataset index first (DatasetRenderingOrder.REVERSE): the load area
  // behind the task lines, the triangles on top of both.
  private static final int TRIANGLES = 0;
  private static final int TASKS = 1;
  private static final int LOAD = 2;
  private static final int LOAD_AXIS = 1;

  /** Room above the highest value for a triangle and the top of the area. */
  private static final double UPPER_MARGIN = 0.12;

  /** Marker slots across the time axis: one per five points, about five pixels each. */
  static int markerSlots(ChartStyle style) {
    return Math.max(1, style.maxPoints() / 5);
  }

  /** A gap between two scaling markers, in pixels, so neighbouring buckets' triangles stay apart. */
  private static final int MARKER_GAP_PIXELS = 2;
  /** Count labels of grouped markers: their font size and the width of a character at it. */
  private static final float LABEL_FONT_POINTS = 11f;
  private static final double LABEL_CHAR_PIXELS = 7;
  private static final double LABEL_GAP_PIXELS = 4;

  /**
   * Buckets for scaling markers across the chart: one per triangle's width and a gap, so that one
   * marker per bucket never overlaps the next (ChartStyle#triangle is 6 line widths across).
   */
  static int markerBuckets(ChartStyle style) {
    return ServiceMarkers.buckets(style.width(), Math.round(6 * style.lineWidth()) + MARKER_GAP_PIXELS);
  }

  /** "Service web: tasks, offered load and scaling", naming only what the chart shows. */
  static String title(String service, boolean load, boolean scaled) {
    List<String> shown = new ArrayList<>(List.of("tasks"));
    if (load) {
      shown.add("offered load");
    }
    if (scaled) {
      shown.add("scaling");
    }
    String last = shown.remove(shown.size() - 1);
    return "Service " + service + ": " + (shown.isEmpty() ? "" : String.join(", ", shown) + " and ")
        + last;
  }

  /** Empty when the run has no such service or no samples. */
  static Optional<JFreeChart> build(RunResult run, String service, ChartStyle style) {
    TimeSeries series = run.series();
    if (!series.hasColumn(SeriesNames.serviceDesired(service)) || series.rows() == 0) {
      return Optional.empty();
    }
    TimeScale scale = XYCharts.scaleOf(series);
    long[] times = Datasets.times(series);
    boolean load = series.hasColumn(SeriesNames.serviceOfferedLoad(service));
    List<Step> steps = ServiceMarkers.steps(run.events(), service);
    XYSeriesCollection triangles = new XYSeriesCollection();
    XYLineAndShapeRenderer triangleRenderer = new XYLineAndShapeRenderer(false, true);
    JFreeChart chart =
        XYCharts.create(
            title(service, load, !steps.isEmpty()),
            scale,
            "tasks",
            triangles,
            triangleRenderer,
            style);
    XYPlot plot = chart.getXYPlot();
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
    NumberAxis taskAxis = (NumberAxis) plot.getRangeAxis();
    taskAxis.setStandardTickUnits(RootLocaleTicks.integers());
    taskAxis.setUpperMargin(UPPER_MARGIN);

    LegendItemCollection legend = new LegendItemCollection();
    addTasks(plot, legend, series, times, service, scale, style);
    if (load) {
      addLoad(plot, legend, series, times, service, scale, style);
    }
    Span span = new Span(times[0], times[times.length - 1], markerSlots(style));
    addSteps(plot, legend, steps, span, scale, style);
    addEventLines(plot, legend, eventMarks(run, service), span, scale, style);
    plot.setFixedLegendItems(legend);
    return Optional.of(chart);
  }

  /** The time axis the markers are thinned over. */
  private record Span(long firstMillis, long lastMillis, int slots) {
    <T> List<T> thin(List<T> markers, ToLongFunction<T> timeMillis, Function<T, ?> kind) {
      return ServiceMarkers.thin(markers, timeMillis, kind, firstMillis, lastMillis, slots);
    }
  }

  private record TaskLine(
      SeriesKey column, String label, Aggregation aggregation, Paint paint, Stroke stroke) {}

  private static void addTasks(
      XYPlot plot,
      LegendItemCollection legend,
      TimeSeries series,
      long[] times,
      String service,
      TimeScale scale,
      ChartStyle style) {
    List<TaskLine> lines =
        List.of(
            new TaskLine(
                SeriesNames.serviceDesired(service),
                "desired",
                Aggregation.MAX,
                style.faded(BLACK, 0.3f),
                style.wide()),
            new TaskLine(
                SeriesNames.serviceRunning(service),
                "running",
                Aggregation.MIN,
                style.color(BLUE),
                style.solid()),
            new TaskLine(
                SeriesNames.servicePending(service),
                "pending",
                Aggregation.MAX,
                style.color(ORANGE),
                style.solid()));
    XYSeriesCollection tasks = new XYSeriesCollection();
    XYLineAndShapeRenderer renderer = XYCharts.lineRenderer();
    for (TaskLine line : lines) {
      if (!series.hasColumn(line.column())) {
        continue;
      }
      int i = tasks.getSeriesCount();
      tasks.addSeries(
          Datasets.line(
              times,
              series,
              line.column(),
              line.label(),
              line.aggregation(),
              Datasets.Join.STEP,
              scale,
              style.maxPoints()));
      renderer.setSeriesPaint(i, line.paint());
      renderer.setSeriesStroke(i, line.stroke());
    }
    plot.setDataset(TASKS, tasks);
    plot.setRenderer(TASKS, renderer);
    for (int i = 0; i < tasks.getSeriesCount(); i++) {
      legend.add(renderer.getLegendItem(TASKS, i));
    }
  }

  private static void addLoad(
      XYPlot plot,
      LegendItemCollection legend,
      TimeSeries series,
      long[] times,
      String service,
      TimeScale scale,
      ChartStyle style) {
    XYSeriesCollection offered = new XYSeriesCollection();
    offered.addSeries(
        Datasets.line(
            times,
            series,
            SeriesNames.serviceOfferedLoad(service),
            "offered load (right axis)",
            Aggregation.MEAN,
            Datasets.Join.LINE,
            scale,
            style.maxPoints()));
    XYAreaRenderer area = new XYAreaRenderer(XYAreaRenderer.AREA);
    area.setSeriesPaint(0, style.faded(SKY_BLUE, 0.3f));
    NumberAxis axis = new NumberAxis("requests per second");
    axis.setStandardTickUnits(RootLocaleTicks.decimals(""));
    axis.setAutoRangeIncludesZero(true);
    axis.setUpperMargin(UPPER_MARGIN);
    style.style(axis);
    plot.setRangeAxis(LOAD_AXIS, axis);
    plot.setDataset(LOAD, offered);
    plot.setRenderer(LOAD, area);
    plot.mapDatasetToRangeAxis(LOAD, LOAD_AXIS);
    legend.add(area.getLegendItem(LOAD, 0));
  }

  /**
   * Up and down triangles at the count each scaling action set; totals in the legend. Steps that
   * would overlap (closer than a marker's width plus a gap) are drawn as one triangle per bucket
   * with their count above a scale-out or below a scale-in ("+12 / −9", {@link
   * ServiceMarkers#group}), where the label has room.
   */
  private static void addSteps(
      XYPlot plot,
      LegendItemCollection legend,
      List<Step> steps,
      Span span,
      TimeScale scale,
      ChartStyle style) {
    int buckets = markerBuckets(style);
    List<ServiceMarkers.StepGroup> groups =
        ServiceMarkers.group(steps, span.firstMillis(), span.lastMillis(), buckets);
    Set<ServiceMarkers.StepGroup> labelled = new HashSet<>(ServiceMarkers.labelled(groups, span.firstMillis(),
        span.lastMillis(), buckets, (double) style.width() / buckets, LABEL_CHAR_PIXELS, LABEL_GAP_PIXELS));
    XYSeriesCollection triangles = (XYSeriesCollection) plot.getDataset(TRIANGLES);
    XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer(TRIANGLES);
    Map<Integer, List<ServiceMarkers.StepGroup>> bySeries = new HashMap<>();
    for (boolean up : new boolean[] {true, false}) {
      long count = steps.stream().filter(s -> s.up() == up).count();
      List<ServiceMarkers.StepGroup> shown = groups.stream().filter(g -> g.up() == up).toList();
      if (count == 0 && shown.isEmpty()) {
        continue;
      }
      XYSeries xy = new XYSeries((up ? "scale-out" : "scale-in") + " (" + count + ")", false, true);
      for (ServiceMarkers.StepGroup g : shown) {
        xy.add(scale.convert(g.timeMillis()), g.level(), false);
      }
      int i = triangles.getSeriesCount();
      triangles.addSeries(xy);
      bySeries.put(i, shown);
      renderer.setSeriesShape(i, style.triangle(up));
      renderer.setSeriesPaint(i, style.color(up ? VERMILLION : GREEN));
      renderer.setSeriesPositiveItemLabelPosition(i, up
          ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER)
          : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER));
      renderer.setSeriesNegativeItemLabelPosition(i, renderer.getSeriesPositiveItemLabelPosition(i));
      legend.add(renderer.getLegendItem(TRIANGLES, i));
    }
    if (!labelled.isEmpty()) {
      renderer.setDefaultItemLabelGenerator((dataset, series, item) -> {
        ServiceMarkers.StepGroup g = bySeries.get(series).get(item);
        return labelled.contains(g) ? g.label() : null;
      });
      renderer.setDefaultItemLabelsVisible(true);
      renderer.setDefaultItemLabelFont(style.tickFont().deriveFont(LABEL_FONT_POINTS));
      renderer.setDefaultItemLabelPaint(style.referenceLines());
      renderer.setItemLabelInsets(new RectangleInsets(2, 2, 2, 2));
    }
  }

  /**
   * The service's events of the {@link #EVENT_LINES} types in time order: its own (deployments)
   * and the spot notices that hit its tasks.
   */
  static List<Mark> eventMarks(RunResult run, String service) {
    List<EventType> own =
        EVENT_LINES.stream()
            .map(EventLine::eventType)
            .filter(type -> type != SpotMarkers.NOTICE)
            .toList();
    List<Mark> marks = new ArrayList<>(ServiceMarkers.marks(run.events(), service, own));
    for (long time : run.tasks().spotNoticesByOwner().getOrDefault(service, new long[0])) {
      marks.add(new Mark(time, SpotMarkers.NOTICE));
    }
    marks.sort(Comparator.comparingLong(Mark::timeMillis));
    return marks;
  }

  /** A thin vertical line per (thinned) mark of each {@link #EVENT_LINES} type. */
  private static void addEventLines(
      XYPlot plot,
      LegendItemCollection legend,
      List<Mark> marks,
      Span span,
      TimeScale scale,
      ChartStyle style) {
    List<Mark> shown = span.thin(marks, Mark::timeMillis, Mark::type);
    for (EventLine line : EVENT_LINES) {
      long count = marks.stream().filter(m -> m.type() == line.eventType()).count();
      if (count == 0) {
        continue;
      }
      Color colour = style.color(line.colour());
      for (Mark mark : shown) {
        if (mark.type() == line.eventType()) {
          plot.addDomainMarker(
              style.eventLine(scale.convert(mark.timeMillis()), colour, line.dashed()),
              Layer.BACKGROUND);
        }
      }
      legend.add(style.eventLegendItem(line.label() + " (" + count + ")", colour, line.dashed()));
    }
  }
}
