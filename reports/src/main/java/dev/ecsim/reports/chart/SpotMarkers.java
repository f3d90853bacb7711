package dev.ecsim.reports.chart;

import dev.ecsim.metrics.EventRecord;
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
 * m5.large, us-east-1a)") or the Fargate Spot task ("interrupted: web-7 (web)"). Which services a
 * notice hit sim-core counts as it happens ({@code TaskAggregates.spotNoticesByOwner}).
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
