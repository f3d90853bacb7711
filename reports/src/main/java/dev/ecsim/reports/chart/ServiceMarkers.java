package dev.ecsim.reports.chart;

import dev.ecsim.metrics.EventRecord;
import dev.ecsim.metrics.EventType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * What a service chart marks, read out of the event log by pure functions: scaling actions as
 * steps of the desired count (up or down), other events of the service (deployments) as instants.
 * {@link #thin} keeps at most one marker of a kind per slot of the time axis, so a week of scaling
 * does not bury the lines under triangles.
 */
public final class ServiceMarkers {
  private ServiceMarkers() {}

  /** Event types that move a service's desired count: scaling policies and scheduled actions. */
  public static final Set<EventType> SCALING_TYPES = Set.of(EventType.SCALING_ACTIVITY, EventType.SCHEDULED_ACTION);

  /** A scaling action that moved the desired count, stamped with the event's time. */
  public record Step(long timeMillis, int from, int to) {
    public Step {
      if (from == to) {
        throw new IllegalArgumentException("a step changes the desired count; both are " + from);
      }
    }

    /** A scale-out; otherwise a scale-in. */
    public boolean up() {
      return to > from;
    }
  }

  /** An event drawn as a line across the plot. */
  public record Mark(long timeMillis, EventType type) {}

  /**
   * The service's scaling actions that changed its desired count (the change sim-core's scalable
   * target logs in the event's facts), in event order. An action that left the count where it was
   * (a scheduled action that only moved the range, or was not applied) is no step.
   */
  public static List<Step> steps(List<EventRecord> events, String service) {
    List<Step> steps = new ArrayList<>();
    for (EventRecord e : events) {
      if (SCALING_TYPES.contains(e.type()) && e.source().equals(service)) {
        e.facts().desiredCount()
            .filter(c -> c.from() != c.to())
            .ifPresent(c -> steps.add(new Step(e.timeMillis(), c.from(), c.to())));
      }
    }
    return steps;
  }

  /** The service's events of the given types, in event order. */
  public static List<Mark> marks(
      List<EventRecord> events, String service, Collection<EventType> types) {
    List<Mark> marks = new ArrayList<>();
    for (EventRecord e : events) {
      if (types.contains(e.type()) && e.source().equals(service)) {
        marks.add(new Mark(e.timeMillis(), e.type()));
      }
    }
    return marks;
  }

  /**
   * Splits [{@code firstMillis}, {@code lastMillis}] into {@code slots} equal slots (as {@link
   * Bucketing} splits a series) and keeps, per slot and kind, only the last marker: where the
   * desired count ended up after a burst of scale-outs. Times outside the span count in the
   * nearest slot. The survivors keep their order.
   */
  public static <T> List<T> thin(
      List<T> markers,
      ToLongFunction<T> timeMillis,
      Function<T, ?> kind,
      long firstMillis,
      long lastMillis,
      int slots) {
    if (slots < 1) {
      throw new IllegalArgumentException("slots must be at least 1, was " + slots);
    }
    if (lastMillis < firstMillis) {
      throw new IllegalArgumentException(
          "the span ends at " + lastMillis + " ms, before it starts at " + firstMillis + " ms");
    }
    record Key(long slot, Object kind) {}
    Map<Key, Integer> lastOfSlot = new HashMap<>();
    for (int i = 0; i < markers.size(); i++) {
      T marker = markers.get(i);
      long time = Math.max(firstMillis, Math.min(lastMillis, timeMillis.applyAsLong(marker)));
      long slot = Bucketing.bucketOf(time, firstMillis, lastMillis, slots);
      lastOfSlot.put(new Key(slot, kind.apply(marker)), i);
    }
    List<T> kept = new ArrayList<>(lastOfSlot.size());
    for (int i : new TreeSet<>(lastOfSlot.values())) {
      kept.add(markers.get(i));
    }
    return kept;
  }
}
