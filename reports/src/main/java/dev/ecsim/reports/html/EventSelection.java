package dev.ecsim.reports.html;

import dev.ecsim.metrics.EventRecord;
import dev.ecsim.metrics.EventType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which events the report lists: the capacity decisions (instances launched, draining for scale-in and terminated, tasks
 * cluster auto scaling could not count, RunTask refused), spot interruptions (notices and capacity
 * reclaims), placement failures, and what happened to services (scaling activities and scheduled
 * actions, deployments, tasks that stopped unexpectedly): up to {@code cap} of them in time order,
 * each type sharing the cap evenly with the others present, so a day of scaling activity does not
 * crowd out the deployment that followed it. Routine ones (an instance registering, an alarm changing state: the scaling activity it
 * caused is listed) stay in events.csv only, so a week of scaling still fits on a page; every type
 * is counted, shown or not.
 */
record EventSelection(
    List<EventRecord> shown, int worthReading, Map<EventType, Integer> countsByType) {

  /**
   * Event types sim-core writes that say why capacity or a service's desired count changed, how a
   * deployment went, or why a task did not start or stopped (a spot interruption notice says why
   * an instance or a Fargate Spot task is about to go).
   */
  static final Set<EventType> WORTH_READING =
      Set.of(
          EventType.INSTANCES_LAUNCHED,
          EventType.INSTANCE_DRAINING,
          EventType.INSTANCE_TERMINATED,
          EventType.SCALING_EXCLUDED,
          EventType.SPOT_INTERRUPTION_WARNING,
          EventType.SPOT_CAPACITY_RECLAIM,
          EventType.RUNTASK_REFUSED,
          EventType.PLACEMENT_FAILURE,
          EventType.SCALING_ACTIVITY,
          EventType.SCHEDULED_ACTION,
          EventType.DEPLOYMENT_STARTED,
          EventType.DEPLOYMENT_COMPLETED,
          EventType.DEPLOYMENT_FAILED,
          EventType.TASK_STOPPED,
          EventType.THROTTLED,
          EventType.SCALABLE_TARGET_REGISTERED);

  static EventSelection of(List<EventRecord> events, int cap) {
    return of(events, EventCounts.of(events), cap);
  }

  /**
   * The selection from a run's kept events and the counts of its whole log. Every event a type's
   * share or the fill can pick is among the first {@code cap} of its type (those before it of its
   * type are all shown), so {@code events} need hold only the first {@code cap} of each type, in
   * log order; it may hold more.
   */
  static EventSelection of(List<EventRecord> events, EventCounts all, int cap) {
    if (cap < 0) {
      throw new IllegalArgumentException("cap must not be negative, was " + cap);
    }
    Map<EventType, Integer> counts = new TreeMap<>(all.byType());
    List<EventRecord> selected =
        events.stream().filter(e -> WORTH_READING.contains(e.type())).toList();
    long types = selected.stream().map(EventRecord::type).distinct().count();
    long perType = types == 0 ? cap : Math.max(1, cap / types);
    // First each type's fair share, earliest first; then the earliest of the rest fill what is left.
    Map<EventType, Integer> taken = new EnumMap<>(EventType.class);
    boolean[] in = new boolean[selected.size()];
    int shownCount = 0;
    for (int i = 0; i < selected.size() && shownCount < cap; i++) {
      if (taken.getOrDefault(selected.get(i).type(), 0) < perType) {
        taken.merge(selected.get(i).type(), 1, Integer::sum);
        in[i] = true;
        shownCount++;
      }
    }
    for (int i = 0; i < selected.size() && shownCount < cap; i++) {
      if (!in[i]) {
        in[i] = true;
        shownCount++;
      }
    }
    List<EventRecord> shown = new ArrayList<>();
    for (int i = 0; i < selected.size(); i++) {
      if (in[i]) {
        shown.add(selected.get(i));
      }
    }
    return new EventSelection(List.copyOf(shown), all.worthReading(), counts);
  }

  /** Events worth reading that the cap left out. */
  int leftOut() {
    return worthReading - shown.size();
  }

  /** Events of the types not listed at all. */
  int routine() {
    return countsByType.values().stream().mapToInt(Integer::intValue).sum() - worthReading;
  }
}
