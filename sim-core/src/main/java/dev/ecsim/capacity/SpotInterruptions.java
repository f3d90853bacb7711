package dev.ecsim.capacity;

import dev.ecsim.scenario.InterruptionSpec;
import dev.ecsim.scenario.InterruptionSpec.Event;
import dev.ecsim.scenario.SpotSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * When a spot capacity provider's instances (EC2) or tasks (Fargate Spot) get their interruption
 * notice (docs/ecs-behaviour.md §3.4, §4.3), as pure code: the run schedules the times these return
 * and gives the notice then, the unit stopping {@link #NOTICE_MILLIS} later. Every draw comes from
 * the generator passed in, so the same generator state gives the same answer. See
 * docs/modelling.md, "Spot interruption processes".
 */
public sealed interface SpotInterruptions {

  /**
   * The two-minute warning, EC2 Spot and Fargate Spot alike (docs/ecs-behaviour.md §0, §3.4, §4.3).
   */
  long NOTICE_MILLIS = 120_000;

  /** The process a provider's spot settings describe. */
  static SpotInterruptions of(SpotSpec spot) {
    InterruptionSpec process = spot.interruption();
    if (process instanceof InterruptionSpec.Poisson p) {
      if (p.perHour() == 0) {
        return new Never();
      }
      return spot.reclaim().<SpotInterruptions>map(r -> new Reclaims(p.perHour(), r.share()))
          .orElseGet(() -> new Independent(p.perHour()));
    }
    if (process instanceof InterruptionSpec.Scheduled s) {
      return s.events().isEmpty() ? new Never() : new AtTimes(s.events());
    }
    return new Never();
  }

  /** The stream for one provider's per-instance or per-task draws. */
  static String stream(String provider) {
    return "spot/" + provider;
  }

  /** The stream for one type × zone group's reclaim events and victims, independent of every other group. */
  static String reclaimStream(String provider, String instanceType, String zone) {
    return "spot/" + provider + "/" + instanceType + "/" + zone;
  }

  /**
   * Each instance or task on its own: a Poisson process at {@code perHour}, so its first notice
   * comes an exponential time with mean 1 / perHour after it starts. Memoryless: drawing from any
   * later moment it is still running gives the same distribution.
   */
  record Independent(double perHour) implements SpotInterruptions {
    public Independent {
      requireRate(perHour);
    }

    /**
     * When a unit running from {@code startMillis} gets its notice: at least 1 ms after it, empty
     * when that lies beyond any representable time. One uniform draw from {@code rng}.
     */
    public OptionalLong noticeAt(long startMillis, RandomGenerator rng) {
      return exponentialAfter(startMillis, perHour, rng);
    }
  }

  /**
   * Capacity reclaims: each group of the provider's instances of one type in one Availability Zone
   * gets reclaim events as a Poisson process at {@code perHour / share}, whether it holds instances
   * or not; each event takes {@code share} of the group's instances on average. So an instance is
   * still interrupted at {@code perHour} on average, and a band keeps its meaning per instance.
   */
  record Reclaims(double perHour, double share) implements SpotInterruptions {
    /** Below this a share × size is taken as whole, so 0.3 × 10 takes exactly 3, never 4. */
    private static final double WHOLE = 1e-9;

    public Reclaims {
      requireRate(perHour);
      if (!(share > 0 && share <= 1)) {
        throw new IllegalArgumentException("a reclaim share " + share + " must be above 0 and at most 1");
      }
    }

    /** Reclaim events per group-hour. */
    public double eventsPerHour() {
      return perHour / share;
    }

    /** The group's next reclaim event after {@code fromMillis} (at least 1 ms after); one uniform draw. */
    public OptionalLong nextEventAfter(long fromMillis, RandomGenerator rng) {
      return exponentialAfter(fromMillis, eventsPerHour(), rng);
    }

    /**
     * How many of a group of {@code groupSize} one event takes: share × size rounded down, plus one
     * with probability equal to the fraction left, so exactly share × size on average. A whole
     * share × size takes that many without drawing.
     */
    public int count(int groupSize, RandomGenerator rng) {
      if (groupSize < 0) {
        throw new IllegalArgumentException("a group of " + groupSize + " instances");
      }
      double expected = share * groupSize;
      double whole = Math.rint(expected);
      if (Math.abs(expected - whole) < WHOLE) {
        return (int) whole;
      }
      int floor = (int) Math.floor(expected);
      return rng.nextDouble() < expected - floor ? floor + 1 : floor;
    }

    /**
     * The instances one event takes from {@code group} (the group's running instances not yet
     * noticed, in any fixed order): {@link #count} of them chosen uniformly at random, returned in
     * the group's order.
     */
    public <I> List<I> victims(List<I> group, RandomGenerator rng) {
      int n = group.size();
      int k = count(n, rng);
      int[] index = new int[n];
      for (int i = 0; i < n; i++) {
        index[i] = i;
      }
      // Partial Fisher-Yates: the first k places hold a uniform random k-subset.
      for (int i = 0; i < k; i++) {
        int j = i + rng.nextInt(n - i);
        int t = index[i];
        index[i] = index[j];
        index[j] = t;
      }
      boolean[] taken = new boolean[n];
      for (int i = 0; i < k; i++) {
        taken[index[i]] = true;
      }
      List<I> out = new ArrayList<>(k);
      for (int i = 0; i < n; i++) {
        if (taken[i]) {
          out.add(group.get(i));
        }
      }
      return List.copyOf(out);
    }
  }

  /**
   * Notices at times fixed in the scenario ({@code interruptionTimes}, {@code interruptionTrace}):
   * each event takes its count of the provider's oldest units, EC2 the running spot instances
   * launched first and Fargate Spot the tasks RUNNING longest, not counting units already noticed.
   *
   * @param events in strictly increasing time order
   */
  record AtTimes(List<Event> events) implements SpotInterruptions {
    public AtTimes {
      events = List.copyOf(events);
      for (int i = 1; i < events.size(); i++) {
        if (events.get(i).atMillis() <= events.get(i - 1).atMillis()) {
          throw new IllegalArgumentException("events must be in strictly increasing time order: " + events);
        }
      }
    }

    /**
     * The units {@code event} takes from {@code runningOldestFirst}: the first {@code count}, or
     * all of them when fewer run (the rest of the event is lost: there is nothing to interrupt).
     */
    public static <I> List<I> victims(Event event, List<I> runningOldestFirst) {
      return List.copyOf(runningOldestFirst.subList(0, Math.min(event.count(), runningOldestFirst.size())));
    }
  }

  /** On-demand capacity, or a spot process that never fires (a rate of 0, no times). */
  record Never() implements SpotInterruptions {}

  private static void requireRate(double perHour) {
    if (!(perHour > 0) || Double.isInfinite(perHour)) {
      throw new IllegalArgumentException("an interruption rate " + perHour + " /h must be finite and above 0");
    }
  }

  /**
   * An exponential time with rate {@code perHour} after {@code fromMillis}, by inversion of one
   * uniform: −ln(1 − U) / λ, rounded up to the millisecond and at least 1 ms.
   */
  private static OptionalLong exponentialAfter(long fromMillis, double perHour, RandomGenerator rng) {
    Objects.requireNonNull(rng, "rng");
    if (fromMillis < 0) {
      throw new IllegalArgumentException("a start of " + fromMillis + " ms is before the run");
    }
    double delayMillis = Math.max(1, Math.ceil(-Math.log1p(-rng.nextDouble()) / perHour * 3_600_000));
    if (!(delayMillis < 0x1p62)) {
      return OptionalLong.empty();
    }
    long delay = (long) delayMillis;
    return fromMillis > Long.MAX_VALUE - delay ? OptionalLong.empty() : OptionalLong.of(fromMillis + delay);
  }
}
