package dev.ecsim.reports.chart;

import dev.ecsim.metrics.TaskAggregates;
import dev.ecsim.reports.chart.InstanceLives.InstanceLife;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rows of the instance timeline, as pure functions: one per instance in launch order, each with
 * the tasks placed on it stacked into lanes ({@link Lanes}) so tasks that share the instance at the
 * same time sit side by side. A task's bar runs from its placement (its image pull starts then and
 * its CPU and memory are reserved) to its stop, or to the end of the run, as sim-core's {@code
 * TaskAggregates.InstanceTasks} keeps it.
 */
public final class TimelineRows {
  private TimelineRows() {}

  /** One task on an instance: its service or job, its span and its lane in the row. */
  public record TaskBar(String owner, long start, long end, int lane) {}

  /** One instance and its tasks, in the order placed; {@code lanes} is at least 1. */
  public record Row(InstanceLife instance, List<TaskBar> tasks, int lanes) {
    public Row {
      tasks = List.copyOf(tasks);
    }
  }

  /**
   * @param tasks the spans of the tasks on each instance, by container instance id, as sim-core
   *     kept them (each from placement to stop or the end of the run)
   */
  public static List<Row> rows(List<InstanceLife> instances, Map<String, TaskAggregates.Spans> tasks) {
    List<Row> rows = new ArrayList<>();
    for (InstanceLife instance : instances) {
      TaskAggregates.Spans own = tasks.get(instance.id());
      int n = own == null ? 0 : own.size();
      long[] starts = new long[n];
      long[] ends = new long[n];
      for (int i = 0; i < n; i++) {
        starts[i] = own.start(i);
        ends[i] = own.end(i);
      }
      Lanes.Assignment lanes = Lanes.assign(starts, ends);
      List<TaskBar> bars = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        bars.add(new TaskBar(own.owner(i), starts[i], ends[i], lanes.lanes()[i]));
      }
      rows.add(new Row(instance, bars, Math.max(1, lanes.count())));
    }
    return rows;
  }

  /**
   * A row's bars with the ones no reader could tell apart joined: in each lane, a bar follows the
   * one before it into a single bar when both are the same service's or job's, the gap between
   * them is under a pixel and one of them is under {@link #MIN_VISIBLE_PIXELS} wide. A week of
   * 20-minute job tasks on a 1000-pixel axis is thousands of two-pixel bars, which draw as a band
   * anyway and would make the SVG megabytes; an hour-long task on a two-hour chart keeps its ends.
   * Bars come back by lane, then start.
   */
  public static List<TaskBar> joinUnreadable(List<TaskBar> bars, double pixelMillis) {
    List<TaskBar> sorted = new ArrayList<>(bars);
    sorted.sort(Comparator.comparingInt(TaskBar::lane).thenComparingLong(TaskBar::start));
    List<TaskBar> joined = new ArrayList<>();
    for (TaskBar bar : sorted) {
      if (!joined.isEmpty()) {
        TaskBar last = joined.get(joined.size() - 1);
        boolean tiny =
            last.end() - last.start() < MIN_VISIBLE_PIXELS * pixelMillis
                || bar.end() - bar.start() < MIN_VISIBLE_PIXELS * pixelMillis;
        if (last.lane() == bar.lane()
            && last.owner().equals(bar.owner())
            && bar.start() - last.end() < pixelMillis
            && tiny) {
          joined.set(
              joined.size() - 1,
              new TaskBar(last.owner(), last.start(), Math.max(last.end(), bar.end()), last.lane()));
          continue;
        }
      }
      joined.add(bar);
    }
    return joined;
  }

  /** Narrower than this many pixels, a bar's ends cannot be told from its neighbours'. */
  static final int MIN_VISIBLE_PIXELS = 3;

  /**
   * Milliseconds of bars per service or job, by name: what decides which of them get a colour of
   * their own when there are more than the palette holds.
   */
  public static Map<String, Double> barMillisByOwner(List<Row> rows) {
    Map<String, Double> millis = new TreeMap<>();
    for (Row row : rows) {
      for (TaskBar bar : row.tasks()) {
        millis.merge(bar.owner(), (double) (bar.end() - bar.start()), Double::sum);
      }
    }
    return millis;
  }

  /** Up to this many rows, a label has room for the instance's zone; up to WITH_TYPE, its type. */
  static final int WITH_ZONE = 16;

  static final int WITH_TYPE = 28;

  /**
   * A row's label, as much as the rows leave room for: "ci-000001 m5.large us-east-1a" for a few
   * rows, without the zone past {@link #WITH_ZONE} rows, the id alone past {@link #WITH_TYPE}.
   */
  public static String label(InstanceLife instance, int rowCount) {
    if (rowCount <= WITH_ZONE) {
      return instance.id() + " " + instance.type() + " " + instance.zone();
    }
    return rowCount <= WITH_TYPE ? instance.id() + " " + instance.type() : instance.id();
  }
}
