package dev.ecsim.reports.chart;

import dev.ecsim.metrics.EventRecord;
import dev.ecsim.metrics.EventType;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Which events the charts read, so that a run streaming its log keeps just those: every event of
 * the types the service and instance charts mark, the instances' registrations and terminations
 * while the run is small enough for the instance timeline, and beyond that the terminations that
 * followed a spot notice (the instances chart marks those).
 */
public final class ChartEvents {
  private ChartEvents() {}

  /** Types every one of which a chart may mark: scaling actions, deployments, spot notices. */
  public static final Set<EventType> MARKED = marked();

  /** sim-core's event type for an instance joining the cluster. */
  public static final EventType REGISTERED = InstanceLives.REGISTERED;

  /** sim-core's event type for an instance leaving its group. */
  public static final EventType TERMINATED = SpotMarkers.TERMINATED;

  /** Beyond this many instances the instance timeline is not drawn. */
  public static final int TIMELINE_MAX_INSTANCES = InstanceTimelineChart.MAX_INSTANCES;

  private static Set<EventType> marked() {
    Set<EventType> types = EnumSet.noneOf(EventType.class);
    types.addAll(ServiceMarkers.SCALING_TYPES);
    ServiceChart.EVENT_LINES.forEach(line -> types.add(line.eventType()));
    return Set.copyOf(types);
  }

  /** The container instance a spot notice or a termination is about. */
  public static Optional<String> containerInstance(EventRecord e) {
    return SpotMarkers.containerInstance(e);
  }

  /** Whether the event is a spot interruption notice. */
  public static boolean isNotice(EventType type) {
    return type == SpotMarkers.NOTICE;
  }
}
