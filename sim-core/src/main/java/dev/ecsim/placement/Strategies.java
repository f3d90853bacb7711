package dev.ecsim.placement;

import dev.ecsim.cluster.ContainerInstance;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * The strategy rules (ECS API: PlacementStrategy), each keeping the candidates it ranks best so
 * the next rule only breaks the ties of the one before (ECS DG: task-placement-strategies).
 */
final class Strategies {
  private Strategies() {}

  /**
   * binpack: least remaining of the field. spread: the field value with the fewest tasks of the
   * group across the cluster ({@code counted}), instances without the attribute last. random: one
   * candidate drawn uniformly.
   */
  static List<ContainerInstance> apply(StrategyRule rule, List<ContainerInstance> tied, String group,
      Collection<ContainerInstance> counted, RandomGenerator rng) {
    if (rule instanceof StrategyRule.Binpack binpack) {
      return keepMin(tied, i -> (long) binpack.remaining(i));
    }
    if (rule instanceof StrategyRule.Spread spread) {
      return spread.overInstances() ? keepMin(tied, i -> (long) i.tasksInGroup(group))
          : spreadOverAttribute(spread.attribute(), tied, group, counted);
    }
    return List.of(tied.get(rng.nextInt(tied.size())));
  }

  /**
   * Run once per placement over every instance of the cluster: the attribute name is worked out
   * once and the counts are kept unboxed.
   */
  private static List<ContainerInstance> spreadOverAttribute(String attribute, List<ContainerInstance> tied,
      String group, Collection<ContainerInstance> counted) {
    Map<String, long[]> perValue = new HashMap<>();
    for (ContainerInstance i : counted) {
      if (i.terminatedAt().isEmpty()) {
        Optional<String> value = i.attribute(attribute);
        if (value.isPresent()) {
          perValue.computeIfAbsent(value.get(), v -> new long[1])[0] += i.tasksInGroup(group);
        }
      }
    }
    return keepMin(tied, i -> {
      Optional<String> value = i.attribute(attribute);
      if (value.isEmpty()) {
        return Long.MAX_VALUE;
      }
      long[] tasks = perValue.get(value.get());
      return tasks == null ? 0 : tasks[0];
    });
  }

  /** Human-readable reason for a ranking step. */
  static String why(StrategyRule rule, List<ContainerInstance> kept, String group) {
    if (kept.isEmpty()) {
      return "";
    }
    ContainerInstance first = kept.get(0);
    if (rule instanceof StrategyRule.Binpack binpack) {
      return binpack == StrategyRule.Binpack.CPU
          ? "least remaining CPU: " + first.remainingCpu() + " units"
          : "least remaining memory: " + first.remainingMemoryMiB() + " MiB";
    }
    if (rule instanceof StrategyRule.Spread spread) {
      return "fewest tasks of " + group + " for " + spread.field() + " value "
          + first.field(spread.field()).orElse("(none)");
    }
    return "drawn at random";
  }

  private static List<ContainerInstance> keepMin(List<ContainerInstance> tied,
      java.util.function.ToLongFunction<ContainerInstance> score) {
    long best = Long.MAX_VALUE;
    List<ContainerInstance> kept = new ArrayList<>();
    for (ContainerInstance i : tied) {
      long s = score.applyAsLong(i);
      if (s < best) {
        best = s;
        kept.clear();
      }
      if (s == best) {
        kept.add(i);
      }
    }
    return kept;
  }
}
