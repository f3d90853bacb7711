package dev.ecsim.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An EC2 spot provider's {@code priceHistory:} file: per instance type, its spot price from each
 * listed time until the next (docs/ecs-behaviour.md §4.3: EC2 moves the spot price slowly; the step
 * function is an ecsim choice). Each type's first change is at time 0, times strictly increase,
 * prices are above 0.
 *
 * @param file the path as the scenario gives it, relative to the scenario file
 * @param byInstanceType the changes of each type, in time order
 */
public record SpotPriceHistory(String file, Map<String, List<Change>> byInstanceType) {

  /** From {@code atMillis} (since the start) the type's spot price is {@code usdPerHour}. */
  public record Change(long atMillis, double usdPerHour) {}

  public SpotPriceHistory {
    Map<String, List<Change>> copy = new LinkedHashMap<>();
    byInstanceType.forEach((type, changes) -> {
      if (changes.isEmpty() || changes.get(0).atMillis() != 0) {
        throw new IllegalArgumentException(type + " needs a price at time 0, found " + changes);
      }
      copy.put(type, List.copyOf(changes));
    });
    byInstanceType = Collections.unmodifiableMap(copy);
  }

  /** The changes of {@code instanceType}; the reader guarantees one per type the provider lists. */
  public List<Change> changes(String instanceType) {
    List<Change> changes = byInstanceType.get(instanceType);
    if (changes == null) {
      throw new IllegalArgumentException("no spot price history for " + instanceType + " in " + file
          + "; it has " + byInstanceType.keySet());
    }
    return changes;
  }
}
