package dev.ecsim.reports.chart;

import dev.ecsim.metrics.EventRecord;
import dev.ecsim.metrics.TaskRecord;
import dev.ecsim.reports.chart.ServiceMarkers.Mark;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spot interruptions read out of the event log by pure functions, for the charts that mark them.
 * sim-core logs a notice under the capacity provider, naming the EC2 instance ("(ci-000001,
 * m5.large, us-east-1a)") or the Fargate Spot task ("interrupted: web-7 (web)"), so a service's
 * notices are found through its tasks: the Fargate Spot tasks named, or the tasks that stood on
 * the instance named when the notice came.
 */
public final class SpotMarkers {
  private SpotMarkers() {}

  /** sim-core's event type for the two-minute notice, EC2 and Fargate Spot alike. */
  public static final String NOTICE = "SPOT_INTERRUPTION_WARNING";

  /** sim-core's event type for an instance leaving its group, spot interruption or scale-in. */
  public static final String TERMINATED = "INSTANCE_TERMINATED";

  /** The container instance in sim-core's wording: "i-... (ci-000001, m5.large, us-east-1a)". */
  private static final Pattern CONTAINER_INSTANCE = Pattern.compile("\\((ci-[0-9]{1,18}),");

  /** The task in a Fargate Spot notice: "Your Spot Task was interrupted: web-7 (web) gets ...". */
  private static final Pattern SPOT_TASK = Pattern.compile("interrupted: (\\S+) \\(");

  /** An event drawn on the instances chart: a notice or a termination, under its provider. */
  public record InstanceMark(long timeMillis, String provider, String type) {}

  /** The container instance an instance event names, or empty when it names none. */
  public static Optional<String> containerInstance(String message) {
    Matcher m = CONTAINER_INSTANCE.matcher(message);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The task a Fargate Spot notice names, or empty for an EC2 notice. */
  public static Optional<String> spotTask(String message) {
    Matcher m = SPOT_TASK.matcher(message);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /**
   * The notices that hit the service, in event order: a Fargate Spot notice naming one of its
   * tasks, or an EC2 notice naming an instance that held one of its tasks then (placed at or
   * before the notice, not yet stopped). An EC2 notice for an instance the service had left is
   * not the service's.
   */
  public static List<Mark> serviceNotices(
      List<EventRecord> events, List<TaskRecord> tasks, String service) {
    String group = "service:" + service;
    List<TaskRecord> own = tasks.stream().filter(t -> t.group().equals(group)).toList();
    Set<String> ids = new HashSet<>();
    own.forEach(t -> ids.add(t.taskId()));
    List<Mark> marks = new ArrayList<>();
    for (EventRecord e : events) {
      if (!e.type().equals(NOTICE)) {
        continue;
      }
      Optional<String> task = spotTask(e.message());
      boolean hit =
          task.isPresent()
              ? ids.contains(task.get())
              : containerInstance(e.message())
                  .filter(i -> own.stream().anyMatch(t -> stoodOn(t, i, e.timeMillis())))
                  .isPresent();
      if (hit) {
        marks.add(new Mark(e.timeMillis(), NOTICE));
      }
    }
    return marks;
  }

  /** On EC2 a task is placed when its image pull starts; it holds the instance until it stops. */
  private static boolean stoodOn(TaskRecord t, String instance, long timeMillis) {
    return t.containerInstanceId().filter(instance::equals).isPresent()
        && t.pullStartedAt().orElse(t.createdAt()) <= timeMillis
        && (t.stoppedAt().isEmpty() || t.stoppedAt().getAsLong() > timeMillis);
  }

  /**
   * The spot notices of the given EC2 providers and the terminations of the instances they named,
   * in event order. A scale-in termination is no mark: the instance line drops then, whereas a
   * spot termination is replaced at once and the line does not move.
   */
  public static List<InstanceMark> instanceMarks(
      List<EventRecord> events, Collection<String> providers) {
    Set<String> noticed = new HashSet<>();
    List<InstanceMark> marks = new ArrayList<>();
    for (EventRecord e : events) {
      if (!providers.contains(e.source())) {
        continue;
      }
      Optional<String> instance = containerInstance(e.message());
      if (e.type().equals(NOTICE) && instance.isPresent()) {
        noticed.add(instance.get());
        marks.add(new InstanceMark(e.timeMillis(), e.source(), NOTICE));
      } else if (e.type().equals(TERMINATED) && instance.filter(noticed::contains).isPresent()) {
        marks.add(new InstanceMark(e.timeMillis(), e.source(), TERMINATED));
      }
    }
    return marks;
  }
}
