package dev.ecsim.reports.chart;

import dev.ecsim.metrics.EventFacts;
import dev.ecsim.metrics.EventRecord;
import dev.ecsim.metrics.EventType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Spot interruptions read out of the event log by pure functions, for the charts that mark them.
 * sim-core logs a notice under the capacity provider, naming the EC2 instance or the Fargate Spot
 * task in the event's facts. Which services a notice hit sim-core counts as it happens ({@code
 * TaskAggregates.spotNoticesByOwner}).
 */
public final class SpotMarkers {
  private SpotMarkers() {}

  /** sim-core's event type for the two-minute notice, EC2 and Fargate Spot alike. */
  public static final EventType NOTICE = EventType.SPOT_INTERRUPTION_WARNING;

  /** sim-core's event type for an instance leaving its group, spot interruption or scale-in. */
  public static final EventType TERMINATED = EventType.INSTANCE_TERMINATED;

  /** An event drawn on the instances chart: a notice or a termination, under its provider. */
  public record InstanceMark(long timeMillis, String provider, EventType type) {}

  /** The container instance an event is about, or empty when it is about none. */
  public static Optional<String> containerInstance(EventRecord e) {
    return e.facts().instance().map(EventFacts.Instance::containerInstanceId);
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
      Optional<String> instance = containerInstance(e);
      if (e.type() == NOTICE && instance.isPresent()) {
        noticed.add(instance.get());
        marks.add(new InstanceMark(e.timeMillis(), e.source(), NOTICE));
      } else if (e.type() == TERMINATED && instance.filter(noticed::contains).isPresent()) {
        marks.add(new InstanceMark(e.timeMillis(), e.source(), TERMINATED));
      }
    }
    return marks;
  }
}
