package dev.ecsim.capacity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts per Availability Zone, for putting the next instance or task in the zone with the fewest,
 * the first listed among equals: how an Auto Scaling group balances its instances and how Fargate
 * balances a group's tasks over its subnets' zones.
 */
final class ZoneBalance {
  private final Map<String, Integer> counts = new LinkedHashMap<>();

  ZoneBalance(List<String> zones) {
    zones.forEach(z -> counts.put(z, 0));
  }

  /** The zone with the fewest, counted one more. */
  String take() {
    String best = null;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (best == null || e.getValue() < counts.get(best)) {
        best = e.getKey();
      }
    }
    counts.merge(best, 1, Integer::sum);
    return best;
  }

  void release(String zone) {
    counts.merge(zone, -1, Integer::sum);
  }
}
