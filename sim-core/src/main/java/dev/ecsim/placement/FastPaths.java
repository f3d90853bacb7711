package dev.ecsim.placement;

import dev.ecsim.cluster.ClusterView;
import dev.ecsim.cluster.ContainerInstance;
import dev.ecsim.cluster.FieldIndex;
import dev.ecsim.cluster.InstancePool;
import dev.ecsim.cluster.TaskRequirements;
import dev.ecsim.scenario.PlacementStrategySpec;
import dev.ecsim.scenario.PlacementStrategySpec.Type;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Index lookups that give the full pass's answer for the common strategies, for a task only CPU
 * and memory can rule out:
 * <ul>
 *   <li>{@code binpack(memory)} / {@code binpack(cpu)}: the pool's CPU-then-memory index, O(D log n);
 *   <li>{@code spread(attribute:F)} and {@code spread(attribute:F), binpack(X)} with F indexed: the
 *       best fit in each value's sub-pool, then the value with the fewest tasks of the group,
 *       O(V D log n) for V values.
 * </ul>
 * Returns empty when no fast path applies (the caller takes the full pass), and an empty choice
 * when no ACTIVE instance has the CPU and memory. ({@code random} is {@link RandomPlacement}'s.)
 */
final class FastPaths {
  /** binpack(cpu)'s ranking, with the full pass's final tie-break behind it. */
  private static final Comparator<ContainerInstance> LEAST_CPU = Comparator
      .comparingInt(ContainerInstance::remainingCpu)
      .thenComparingInt(ContainerInstance::remainingMemoryMiB)
      .thenComparingLong(ContainerInstance::ordinal);

  private FastPaths() {}

  static Optional<Optional<ContainerInstance>> choose(PlacementRequest request, InstancePool pool, ClusterView cluster) {
    List<PlacementStrategySpec> rules = request.strategy();
    TaskRequirements req = request.requirements();
    if (rules.size() == 1 && rules.get(0).type() == Type.BINPACK) {
      return Optional.of(binpack(pool, rules.get(0), req));
    }
    boolean spreadFirst = !rules.isEmpty() && rules.get(0).type() == Type.SPREAD
        && rules.get(0).field().orElseThrow().startsWith("attribute:");
    boolean thenAtMostBinpack = rules.size() == 1 || (rules.size() == 2 && rules.get(1).type() == Type.BINPACK);
    if (!spreadFirst || !thenAtMostBinpack) {
      return Optional.empty();
    }
    String field = rules.get(0).field().orElseThrow();
    Optional<FieldIndex> index = pool.fieldIndex(field);
    if (index.isEmpty() || index.get().withoutValue() > 0) {
      return Optional.empty();
    }
    // Lone spread leaves ties to the final tie-break, which ranks like binpack(memory).
    PlacementStrategySpec within = rules.size() == 2 ? rules.get(1) : PlacementStrategySpec.binpack("memory");
    Comparator<ContainerInstance> ranking = within.field().orElseThrow().equals("cpu")
        ? LEAST_CPU : Placement.FINAL_TIE_BREAK;
    ContainerInstance best = null;
    long bestCount = Long.MAX_VALUE;
    for (Map.Entry<String, InstancePool> value : index.get().byValue().entrySet()) {
      Optional<ContainerInstance> fit = binpack(value.getValue(), within, req);
      if (fit.isEmpty()) {
        continue;
      }
      OptionalLong count = cluster.tasksWithValue(field, req.group(), value.getKey());
      if (count.isEmpty()) {
        return Optional.empty();
      }
      long c = count.getAsLong();
      if (c < bestCount || (c == bestCount && ranking.compare(fit.get(), best) < 0)) {
        best = fit.get();
        bestCount = c;
      }
    }
    return Optional.of(Optional.ofNullable(best));
  }

  private static Optional<ContainerInstance> binpack(InstancePool pool, PlacementStrategySpec rule, TaskRequirements req) {
    return rule.field().orElseThrow().equals("cpu")
        ? pool.leastRemainingCpuFitting(req.cpu(), req.memoryMiB())
        : pool.leastRemainingMemoryFitting(req.cpu(), req.memoryMiB());
  }
}
