package dev.ecsim.placement;

import dev.ecsim.cluster.ContainerInstance;
import dev.ecsim.scenario.PlacementStrategySpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
  static List<ContainerInstance> apply(PlacementStrategySpec rule, List<ContainerInstance> tied, String group,
      Collection<ContainerInstance> counted, RandomGenerator rng) {
    switch (rule.type()) {
      case BINPACK: {
        boolean cpu = rule.field().orElseThrow().equals("cpu");
        return keepMin(tied, i -> (long) (cpu ? i.remainingCpu() : i.remainingMemoryMiB()));
      }
      case SPREAD: {
        String field = rule.field().orElseThrow();
        if (field.equals("instanceId") || field.equals("host")) {
          return keepMin(tied, i -> (long) i.tasksInGroup(group));
        }
        Map<String, Long> perValue = new HashMap<>();
        for (ContainerInstance i : counted) {
          if (i.terminatedAt().isEmpty()) {
            i.field(field).ifPresent(v -> perValue.merge(v, (long) i.tasksInGroup(group), Long::sum));
          }
        }
        return keepMin(tied, i -> i.field(field).map(v -> perValue.getOrDefault(v, 0L)).orElse(Long.MAX_VALUE));
      }
      default:
        return List.of(tied.get(rng.nextInt(tied.size())));
    }
  }

  /** Human-readable reason for a ranking step. */
  static String why(PlacementStrategySpec rule, List<ContainerInstance> kept, String group) {
    if (kept.isEmpty()) {
      return "";
    }
    ContainerInstance first = kept.get(0);
    return switch (rule.type()) {
      case BINPACK -> rule.field().get().equals("cpu")
          ? "least remaining CPU: " + first.remainingCpu() + " units"
          : "least remaining memory: " + first.remainingMemoryMiB() + " MiB";
      case SPREAD -> "fewest tasks of " + group + " for " + rule.field().get() + " value "
          + first.field(rule.field().get()).orElse("(none)");
      case RANDOM -> "drawn at random";
    };
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
