package dev.ecsim.reports.chart;

import dev.ecsim.metrics.RunResult;
import dev.ecsim.reports.chart.InstanceLives.InstanceLife;
import dev.ecsim.reports.chart.TimelineRows.Row;
import dev.ecsim.reports.chart.TimelineRows.TaskBar;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * For teaching placement: one row per EC2 instance in launch order, a thin grey bar for its life
 * (lighter while it boots) and above it a bar per task from placement to stop, coloured by service
 * or job. Tasks sharing the instance at once stack in lanes, so binpack shows as few tall rows and
 * spread as many short ones. Only for runs of at most {@link #MAX_INSTANCES} instances: beyond, the
 * rows would be too thin to read, and the chart is left out. Past {@link #MAX_OWNERS} services and
 * jobs, those with the least task time share one grey "other" colour.
 */
final class InstanceTimelineChart {
  private InstanceTimelineChart() {}

  static final String TITLE = "Instance timeline: tasks per instance";

  static final int MAX_INSTANCES = 40;

  /**
   * Services and jobs with a colour of their own (an eighth too, in black, rather than folding it
   * alone); the rest share grey. Okabe-Ito has eight colours.
   */
  static final int MAX_OWNERS = 7;

  static final Color BOOTING = new Color(0xCCCCCC);
  static final Color REGISTERED = new Color(0x777777);
  static final Color OTHER = new Color(0xAAAAAA);

  /** Row layout, in row heights from the row's centre (down is positive: the axis is inverted). */
  private static final double LIFE_TOP = 0.28;
  private static final double LIFE_BOTTOM = 0.40;
  private static final double TASKS_TOP = -0.42;
  private static final double TASKS_BOTTOM = 0.22;
  /** Gap between lanes, as a share of a lane's height. */
  private static final double LANE_GAP = 0.15;

  static Optional<JFreeChart> build(RunResult run, ChartStyle style) {
    int instances = InstanceLives.count(run.events());
    if (instances == 0 || instances > MAX_INSTANCES) {
      return Optional.empty();
    }
    long end = runEndMillis(run);
    if (end <= 0) {
      return Optional.empty();
    }
    if (run.tasks().instanceTasks().isEmpty()) {
      return Optional.empty();
    }
    Set<String> jobs = run.summary().jobs().keySet();
    List<Row> rows = TimelineRows.rows(InstanceLives.fromEvents(run.events()),
        run.tasks().instanceTasks().get().byInstance());
    Folding.Folded owners = Folding.largest(TimelineRows.barMillisByOwner(rows), MAX_OWNERS);
    TimeScale scale = TimeScale.forRunLength(end);

    // One series per colour, so the legend names each: owners, "other", then the instances' life.
    XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
    Map<String, XYIntervalSeries> ownerSeries = new HashMap<>();
    // About a pixel: the plot is a little narrower than the chart, so a little more in fact.
    double pixelMillis = (double) end / style.width();
    XYBarRenderer renderer =
        new SeamRenderer(scale.convert(Math.round(TimelineRows.MIN_VISIBLE_PIXELS * pixelMillis)));
    for (int i = 0; i < owners.kept().size(); i++) {
      String name = owners.kept().get(i).name();
      XYIntervalSeries series = new XYIntervalSeries(name, false, true);
      ownerSeries.put(name, series);
      data.addSeries(series);
      renderer.setSeriesPaint(i, style.color(i));
    }
    XYIntervalSeries other = null;
    if (!owners.folded().isEmpty()) {
      other = new XYIntervalSeries(TaskOwners.otherLabel(owners.folded(), jobs), false, true);
      data.addSeries(other);
      renderer.setSeriesPaint(data.getSeriesCount() - 1, OTHER);
    }
    XYIntervalSeries booting = new XYIntervalSeries("instance booting", false, true);
    XYIntervalSeries registered = new XYIntervalSeries("instance registered", false, true);
    String[] labels = new String[rows.size()];
    // One lane height for every row, so a row's height of tasks shows how full its instance is.
    int maxLanes = rows.stream().mapToInt(Row::lanes).max().orElse(1);
    double lane = (TASKS_BOTTOM - TASKS_TOP) / maxLanes;
    for (int r = 0; r < rows.size(); r++) {
      Row row = rows.get(r);
      InstanceLife life = row.instance();
      labels[r] = TimelineRows.label(life, rows.size());
      if (life.registeredAt() > life.launchedAt()) {
        bar(booting, scale, life.launchedAt(), life.registeredAt(), r + LIFE_TOP, r + LIFE_BOTTOM);
      }
      long lifeEnd = Math.max(life.endOr(end), life.registeredAt());
      bar(registered, scale, life.registeredAt(), lifeEnd, r + LIFE_TOP, r + LIFE_BOTTOM);
      for (TaskBar task : TimelineRows.joinUnreadable(row.tasks(), pixelMillis)) {
        double bottom = r + TASKS_BOTTOM - task.lane() * lane;
        XYIntervalSeries series = ownerSeries.getOrDefault(task.owner(), other);
        bar(series, scale, task.start(), task.end(), bottom - lane * (1 - LANE_GAP), bottom);
      }
    }
    if (booting.getItemCount() > 0) {
      data.addSeries(booting);
      renderer.setSeriesPaint(data.getSeriesCount() - 1, BOOTING);
    }
    data.addSeries(registered);
    renderer.setSeriesPaint(data.getSeriesCount() - 1, REGISTERED);
    renderer.setBarPainter(new StandardXYBarPainter());
    renderer.setShadowVisible(false);
    renderer.setUseYInterval(true);
    renderer.setDrawBarOutline(true);
    renderer.setDefaultOutlinePaint(style.background());
    renderer.setDefaultOutlineStroke(new BasicStroke(0.5f));
    renderer.setAutoPopulateSeriesOutlinePaint(false);
    renderer.setAutoPopulateSeriesOutlineStroke(false);

    NumberAxis time = new NumberAxis(scale.axisLabel());
    time.setStandardTickUnits(RootLocaleTicks.decimals(""));
    time.setRange(0, scale.convert(end));
    JFreeChart chart =
        XYCharts.create(
            TITLE + " (" + rows.size() + (rows.size() == 1 ? " instance)" : " instances)"),
            time,
            null,
            data,
            renderer,
            style);
    XYPlot plot = chart.getXYPlot();
    SymbolAxis instancesAxis = new SymbolAxis(null, labels);
    style.style(instancesAxis);
    instancesAxis.setTickLabelFont(rowFont(style.tickFont(), rows.size()));
    instancesAxis.setGridBandsVisible(false);
    instancesAxis.setInverted(true); // the first instance launched at the top
    instancesAxis.setRange(-0.5, rows.size() - 0.5);
    plot.setRangeAxis(instancesAxis);
    plot.setRangeGridlinesVisible(false);
    return Optional.of(chart);
  }

  /** The tick font, smaller when there are many rows so each label fits its row. */
  static Font rowFont(Font tickFont, int rows) {
    if (rows <= TimelineRows.WITH_ZONE) {
      return tickFont;
    }
    float size = Math.max(8f, tickFont.getSize2D() * TimelineRows.WITH_ZONE / rows);
    return tickFont.deriveFont(size);
  }

  /** The run's end: its horizon, else the last sample of its series. */
  static long runEndMillis(RunResult run) {
    long horizon = Math.round(run.summary().horizonSeconds() * 1000);
    if (horizon > 0) {
      return horizon;
    }
    return run.series().rows() == 0 ? 0 : run.series().timeMillis(run.series().rows() - 1);
  }

  /**
   * Outlines a bar with a hairline in the background colour, which keeps back-to-back tasks of one
   * lane apart, only when it is wide enough for its ends to show: a week of narrow bars would
   * otherwise double the SVG for seams nobody can see.
   */
  private static final class SeamRenderer extends XYBarRenderer {
    private static final long serialVersionUID = 1L;
    private final double minWidth;

    SeamRenderer(double minWidth) {
      this.minWidth = minWidth;
    }

    @Override
    public Paint getItemOutlinePaint(int series, int item) {
      IntervalXYDataset data = (IntervalXYDataset) getPlot().getDataset();
      double width = data.getEndXValue(series, item) - data.getStartXValue(series, item);
      return width < minWidth ? null : super.getItemOutlinePaint(series, item);
    }
  }

  private static void bar(
      XYIntervalSeries series, TimeScale scale, long from, long to, double top, double bottom) {
    double x0 = scale.convert(from);
    double x1 = scale.convert(to);
    series.add((x0 + x1) / 2, x0, x1, (top + bottom) / 2, top, bottom);
  }
}
