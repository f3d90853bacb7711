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
 * does not bury the lines under triangles; {@link #group} draws the scaling steps that would overlap
 * as one marker per bucket that says how many it stands for.
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

  /**
   * The scaling steps of one bucket of the time axis, drawn as one marker: at the time of the
   * bucket's last step and the count it set (where the desired count ended up), pointing the way
   * the bucket moved the count overall (from its first step's {@code from} to its last step's
   * {@code to}; the last step's way when it ended where it began), with {@code ups} scale-outs and
   * {@code downs} scale-ins in it.
   */
  public record StepGroup(long timeMillis, int level, boolean up, int ups, int downs) {
    /** More than one step: the marker stands for several and carries a {@link #label}. */
    public boolean grouped() {
      return ups + downs > 1;
    }

    /** "+12 / −9", "+8" or "−3": the scale-outs and scale-ins the marker stands for. */
    public String label() {
      List<String> parts = new ArrayList<>();
      if (ups > 0) {
        parts.add("+" + ups);
      }
      if (downs > 0) {
        parts.add("\u2212" + downs);
      }
      return String.join(" / ", parts);
    }
  }

  /**
   * Buckets of {@code bucketPixels} across a plot {@code plotPixels} wide: markers closer than a
   * bucket would overlap. At least one.
   */
  public static int buckets(int plotPixels, int bucketPixels) {
    if (bucketPixels < 1) {
      throw new IllegalArgumentException("a bucket is at least one pixel wide, was " + bucketPixels);
    }
    return Math.max(1, plotPixels / bucketPixels);
  }

  /**
   * The steps as markers that do not overlap: [{@code firstMillis}, {@code lastMillis}] in {@code
   * buckets} equal buckets (as {@link Bucketing} splits a series), one marker per bucket that holds
   * a step. A bucket with a single step keeps it as it is (a group of one); a bucket with several
   * draws one marker for all of them ({@link StepGroup}). Times outside the span count in the
   * nearest bucket. Steps must be in time order, as {@link #steps} returns them.
   */
  public static List<StepGroup> group(List<Step> steps, long firstMillis, long lastMillis, int buckets) {
    if (buckets < 1) {
      throw new IllegalArgumentException("buckets must be at least 1, was " + buckets);
    }
    if (lastMillis < firstMillis) {
      throw new IllegalArgumentException(
          "the span ends at " + lastMillis + " ms, before it starts at " + firstMillis + " ms");
    }
    List<StepGroup> groups = new ArrayList<>();
    int start = 0;
    while (start < steps.size()) {
      long bucket = bucketOf(steps.get(start), firstMillis, lastMillis, buckets);
      int end = start + 1;
      while (end < steps.size() && bucketOf(steps.get(end), firstMillis, lastMillis, buckets) == bucket) {
        end++;
      }
      Step first = steps.get(start);
      Step last = steps.get(end - 1);
      int ups = 0;
      for (int i = start; i < end; i++) {
        ups += steps.get(i).up() ? 1 : 0;
      }
      boolean up = last.to() != first.from() ? last.to() > first.from() : last.up();
      groups.add(new StepGroup(last.timeMillis(), last.to(), up, ups, end - start - ups));
      start = end;
    }
    return groups;
  }

  private static long bucketOf(Step step, long firstMillis, long lastMillis, int buckets) {
    long time = Math.max(firstMillis, Math.min(lastMillis, step.timeMillis()));
    return Bucketing.bucketOf(time, firstMillis, lastMillis, buckets);
  }

  /**
   * The grouped markers whose count label fits: labels {@code charPixels} per character wide,
   * centred on their bucket, kept left to right where they clear the last label kept by {@code
   * gapPixels}, so the counts stay legible when every bucket holds a group.
   */
  public static List<StepGroup> labelled(List<StepGroup> groups, long firstMillis, long lastMillis, int buckets,
      double bucketPixels, double charPixels, double gapPixels) {
    List<StepGroup> kept = new ArrayList<>();
    double clearFrom = Double.NEGATIVE_INFINITY;
    for (StepGroup g : groups) {
      if (!g.grouped()) {
        continue;
      }
      long time = Math.max(firstMillis, Math.min(lastMillis, g.timeMillis()));
      double centre = (Bucketing.bucketOf(time, firstMillis, lastMillis, buckets) + 0.5) * bucketPixels;
      double half = g.label().length() * charPixels / 2;
      if (centre - half >= clearFrom) {
        kept.add(g);
        clearFrom = centre + half + gapPixels;
      }
    }
    return kept;
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
