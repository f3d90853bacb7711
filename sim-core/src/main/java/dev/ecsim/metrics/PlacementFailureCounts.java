package dev.ecsim.metrics;

import java.util.Map;
import java.util.TreeMap;

/**
 * Counts failed placement attempts by reason as they happen: one array slot per reason, so a
 * failure costs an increment, no boxing and no look back over the run. What counts as one failure
 * is the caller's (see {@code TaskScheduler}); this only adds them up.
 */
public final class PlacementFailureCounts {
  private final long[] byReason = new long[PlacementFailureReason.values().length];
  private long total;

  public void count(PlacementFailureReason reason) {
    byReason[reason.ordinal()]++;
    total++;
  }

  public long total() {
    return total;
  }

  public long of(PlacementFailureReason reason) {
    return byReason[reason.ordinal()];
  }

  /**
   * The summary's figures: every reason listed, zero included, sorted by name as the summary's maps are, so that a
   * replication without a failure of some kind averages a 0 rather than leaving the reason out
   * (see {@link Replications}).
   */
  public Summary.PlacementFailures figures() {
    Map<String, Long> reasons = new TreeMap<>();
    for (PlacementFailureReason r : PlacementFailureReason.values()) {
      reasons.put(r.key(), byReason[r.ordinal()]);
    }
    return new Summary.PlacementFailures(total, reasons);
  }
}
