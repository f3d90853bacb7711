package dev.ecsim.capacity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * The Auto Scaling group's default termination policy (ASG UG: ec2-auto-scaling-termination-policies;
 * docs/ecs-behaviour.md §5.4), as a pure function of the candidates: each next instance comes from
 * the Availability Zones that then have the most instances; among those zones' candidates, the one
 * closest to its next billing hour (counted from launch); among equals, a random one. The policy's
 * "oldest launch template" step never decides in ecsim: a group's instances share its launch
 * templates (ecsim decision, docs/modelling.md).
 *
 * <p>Cost: one sort of the candidates per zone, O(E log E), then O(Z) per instance taken. No object
 * per candidate: each is one packed {@code long} (time to the billing hour, a random draw, its index).
 */
final class TerminationPolicy {
  static final long BILLING_HOUR_MILLIS = 3_600_000;
  private static final int INDEX_BITS = 20;
  private static final int RANDOM_BITS = 21;
  /** Candidates one order can hold: the packed index has 20 bits (ECS allows 5,000 instances a cluster). */
  static final int MAX_CANDIDATES = 1 << INDEX_BITS;

  private TerminationPolicy() {}

  /**
   * The first {@code n} candidates in termination order.
   *
   * @param zoneOf each candidate's zone, an index into {@code zoneCounts}
   * @param zoneCounts instances per zone now, candidates or not (the policy balances all of them);
   *     not changed
   * @param rng one draw per candidate, in list order, for the last step of the policy
   */
  static <I> List<I> first(int n, List<I> candidates, ToIntFunction<I> zoneOf, ToLongFunction<I> launchedAt,
      int[] zoneCounts, long now, RandomGenerator rng) {
    int e = candidates.size();
    if (n < 0 || n > e) {
      throw new IllegalArgumentException("asked for " + n + " of " + e + " candidates");
    }
    if (e > MAX_CANDIDATES) {
      throw new IllegalArgumentException(e + " candidates exceed " + MAX_CANDIDATES);
    }
    int zones = zoneCounts.length;
    // Counting sort by zone: zone z's keys are keys[start[z] .. start[z + 1]).
    int[] start = new int[zones + 1];
    for (I c : candidates) {
      start[zoneOf.applyAsInt(c) + 1]++;
    }
    for (int z = 0; z < zones; z++) {
      start[z + 1] += start[z];
    }
    int[] fill = Arrays.copyOf(start, zones);
    long[] keys = new long[e];
    for (int i = 0; i < e; i++) {
      I c = candidates.get(i);
      keys[fill[zoneOf.applyAsInt(c)]++] = key(toNextBillingHour(now - launchedAt.applyAsLong(c)),
          rng.nextInt(1 << RANDOM_BITS), i);
    }
    for (int z = 0; z < zones; z++) {
      Arrays.sort(keys, start[z], start[z + 1]);
    }
    int[] counts = zoneCounts.clone();
    int[] next = Arrays.copyOf(start, zones);
    List<I> order = new ArrayList<>(n);
    for (int taken = 0; taken < n; taken++) {
      int best = -1;
      for (int z = 0; z < zones; z++) {
        if (next[z] == start[z + 1]) {
          continue;
        }
        if (best < 0 || counts[z] > counts[best] || counts[z] == counts[best] && keys[next[z]] < keys[next[best]]) {
          best = z;
        }
      }
      order.add(candidates.get((int) (keys[next[best]++] & (MAX_CANDIDATES - 1))));
      counts[best]--;
    }
    return order;
  }

  /**
   * Milliseconds until the instance's next full hour since launch, in (0, 1 h]: 1 s for one 59:59
   * old, a full hour for one launched this instant (ASG: ClosestToNextInstanceHour).
   */
  static long toNextBillingHour(long ageMillis) {
    if (ageMillis < 0) {
      throw new IllegalArgumentException("age " + ageMillis + " ms must not be negative");
    }
    return BILLING_HOUR_MILLIS - ageMillis % BILLING_HOUR_MILLIS;
  }

  /** Orders by time to the billing hour, then the random draw, then list position. */
  private static long key(long toNextHour, int random, int index) {
    return toNextHour << (RANDOM_BITS + INDEX_BITS) | (long) random << INDEX_BITS | index;
  }
}
