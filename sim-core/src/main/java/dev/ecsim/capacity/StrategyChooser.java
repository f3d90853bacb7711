package dev.ecsim.capacity;

import dev.ecsim.scenario.StrategyItem;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Picks the capacity provider for the next task of a strategy (docs/ecs-behaviour.md §5.1, ecsim
 * decision 4): while a provider's {@code base} is not met it gets the task; after that the provider
 * with the lowest (tasks beyond base) / weight, ties to the first listed. Weight 0 is never chosen
 * beyond base.
 */
public final class StrategyChooser {
  private StrategyChooser() {}

  /** {@code tasksOn} counts the group's not-stopped tasks on a provider. */
  public static String choose(List<StrategyItem> strategy, ToIntFunction<String> tasksOn) {
    for (StrategyItem item : strategy) {
      if (item.base() > 0 && tasksOn.applyAsInt(item.capacityProvider()) < item.base()) {
        return item.capacityProvider();
      }
    }
    String best = null;
    double bestRatio = Double.POSITIVE_INFINITY;
    for (StrategyItem item : strategy) {
      if (item.weight() == 0) {
        continue;
      }
      int beyondBase = Math.max(0, tasksOn.applyAsInt(item.capacityProvider()) - item.base());
      double ratio = (double) beyondBase / item.weight();
      if (ratio < bestRatio) {
        bestRatio = ratio;
        best = item.capacityProvider();
      }
    }
    if (best == null) {
      throw new IllegalArgumentException("strategy has no item with a weight above 0: " + strategy);
    }
    return best;
  }
}
