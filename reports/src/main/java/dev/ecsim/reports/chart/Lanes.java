package dev.ecsim.reports.chart;

import java.util.Arrays;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.TreeSet;

/**
 * Stacks time intervals that overlap into lanes, as tasks sharing an instance are drawn on the
 * instance timeline: greedy interval partitioning. Taken by start time, each interval goes to the
 * lowest-numbered lane free at its start (a lane frees when its last interval ends; intervals are
 * half-open, so one may start where another ends), else to a new lane. That uses as many lanes as
 * intervals overlap at the busiest moment, which no assignment can undercut. Pure function.
 */
public final class Lanes {
  private Lanes() {}

  /** The lane of each interval, in the order given, and how many lanes there are. */
  public record Assignment(int[] lanes, int count) {}

  /**
   * @param starts inclusive starts; {@code ends} exclusive ends, each after its start
   */
  public static Assignment assign(long[] starts, long[] ends) {
    int n = starts.length;
    if (ends.length != n) {
      throw new IllegalArgumentException(n + " starts but " + ends.length + " ends");
    }
    for (int i = 0; i < n; i++) {
      if (ends[i] <= starts[i]) {
        throw new IllegalArgumentException(
            "interval " + i + " ends at " + ends[i] + ", not after its start " + starts[i]);
      }
    }
    Integer[] order = new Integer[n];
    Arrays.setAll(order, i -> i);
    // Ties by end, then input order, so the same intervals always get the same lanes.
    Arrays.sort(
        order,
        Comparator.<Integer>comparingLong(i -> starts[i])
            .thenComparingLong(i -> ends[i])
            .thenComparingInt(i -> i));
    int[] lanes = new int[n];
    int count = 0;
    TreeSet<Integer> free = new TreeSet<>();
    // Busy lanes by the end of their last interval: {end, lane}.
    PriorityQueue<long[]> busy =
        new PriorityQueue<>(Comparator.<long[]>comparingLong(b -> b[0]).thenComparingLong(b -> b[1]));
    for (int i : order) {
      while (!busy.isEmpty() && busy.peek()[0] <= starts[i]) {
        free.add((int) busy.poll()[1]);
      }
      int lane = free.isEmpty() ? count++ : free.pollFirst();
      lanes[i] = lane;
      busy.add(new long[] {ends[i], lane});
    }
    return new Assignment(lanes, count);
  }
}
