package dev.ecsim.reports.chart;

import dev.ecsim.metrics.TaskRecord;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Start latency of every task that started (createdAt to startedAt, in seconds), grouped by
 * capacity provider the way sim-core's {@code Summary.startLatency} groups them, so the chart and
 * the table count the same tasks. Pure functions over the task list.
 */
public final class StartLatencies {
  private StartLatencies() {}

  /** The key sim-core uses for a launch-type EC2 task that no capacity provider placed. */
  public static final String LAUNCH_TYPE_EC2 = "EC2";

  /** The provider a task's latency counts under: its capacity provider, else "EC2". */
  public static String providerOf(TaskRecord task) {
    String provider = task.capacityProviderName();
    return provider == null || provider.isEmpty() ? LAUNCH_TYPE_EC2 : provider;
  }

  /**
   * Seconds from createdAt to startedAt of a task that started: sim-core's start latency and a
   * job's wait (JobRunner) alike.
   */
  public static double seconds(TaskRecord task) {
    return (task.startedAt().getAsLong() - task.createdAt()) / 1000.0;
  }

  /**
   * Per provider, sorted by name, the latencies in seconds in ascending order. Tasks that never
   * started are left out; a provider none of whose tasks started has no entry. Two passes over the
   * tasks (count, then fill) keep a million tasks in primitive arrays rather than boxed lists.
   */
  public static SortedMap<String, double[]> byProvider(List<TaskRecord> tasks) {
    SortedMap<String, int[]> counts = new TreeMap<>();
    for (TaskRecord task : tasks) {
      if (task.startedAt().isPresent()) {
        counts.computeIfAbsent(providerOf(task), p -> new int[1])[0]++;
      }
    }
    SortedMap<String, double[]> latencies = new TreeMap<>();
    counts.forEach((provider, n) -> latencies.put(provider, new double[n[0]]));
    SortedMap<String, int[]> filled = new TreeMap<>();
    for (TaskRecord task : tasks) {
      if (task.startedAt().isPresent()) {
        String provider = providerOf(task);
        int i = filled.computeIfAbsent(provider, p -> new int[1])[0]++;
        latencies.get(provider)[i] = seconds(task);
      }
    }
    latencies.values().forEach(Arrays::sort);
    return latencies;
  }
}
