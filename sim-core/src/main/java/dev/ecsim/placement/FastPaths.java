package dev.ecsim.placement;

import dev.ecsim.cluster.ClusterView;
import dev.ecsim.cluster.ContainerInstance;
import dev.ecsim.cluster.FieldIndex;
import dev.ecsim.cluster.InstancePool;
import dev.ecsim.cluster.TaskRequirements;
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
 * Answers {@link FastPath.NotApplicable} when no fast path applies (the caller takes the full pass),
 * and {@link FastPath.NoInstance} when no ACTIVE instance has the CPU and memory. ({@code random}
 * is {@link RandomPlacement}'s.)
 */
final class FastPaths {
  /** binpack(cpu)'s ranking, with the full pass's final tie-break behind it. */
  private static final Comparator<ContainerInstance> LEAST_CPU = Comparator
      .comparingInt(ContainerInstance::remainingCpu)
      .thenComparingInt(ContainerInstance::remainingMemoryMiB)
      .thenComparingLong(ContainerInstance::ordinal);

  private FastPaths() {}

  static FastPath choose(PlacementRequest request, InstancePool pool, ClusterView cluster) {
    List<StrategyRule> rules = request.rules();
    TaskRequirements req = request.requirements();
    if (rules.size() == 1 && rules.get(0) instanceof StrategyRule.Binpack binpack) {
      return answer(binpack(pool, binpack, req));
    }
    if (rules.isEmpty() || !(rules.get(0) instanceof StrategyRule.Spread spread) || !spread.onAttribute()) {
      return FastPath.NotApplicable.ANSWER;
    }
    StrategyRule.Binpack within;
    if (rules.size() == 1) {
      // Lone spread leaves ties to the final tie-break, which ranks like binpack(memory).
      within = StrategyRule.Binpack.MEMORY;
    } else if (rules.size() == 2 && rules.get(1) instanceof StrategyRule.Binpack then) {
      within = then;
    } else {
      return FastPath.NotApplicable.ANSWER;
    }
    String field = spread.field();
    Optional<FieldIndex> index = pool.fieldIndex(field);
    if (index.isEmpty() || index.get().withoutValue() > 0) {
      return FastPath.NotApplicable.ANSWER;
    }
    Comparator<ContainerInstance> ranking = within == StrategyRule.Binpack.CPU ? LEAST_CPU : Placement.FINAL_TIE_BREAK;
    ContainerInstance best = null;
    long bestCount = Long.MAX_VALUE;
    for (Map.Entry<String, InstancePool> value : index.get().byValue().entrySet()) {
      Optional<ContainerInstance> fit = binpack(value.getValue(), within, req);
      if (fit.isEmpty()) {
        continue;
      }
      OptionalLong count = cluster.tasksWithValue(field, req.group(), value.getKey());
      if (count.isEmpty()) {
        return FastPath.NotApplicable.ANSWER;
      }
      long c = count.getAsLong();
      if (c < bestCount || (c == bestCount && ranking.compare(fit.get(), best) < 0)) {
        best = fit.get();
        bestCount = c;
      }
    }
    return best == null ? FastPath.NoInstance.ANSWER : new FastPath.Decided(best);
  }

  private static FastPath answer(Optional<ContainerInstance> fit) {
    return fit.isPresent() ? new FastPath.Decided(fit.get()) : FastPath.NoInstance.ANSWER;
  }

  private static Optional<ContainerInstance> binpack(InstancePool pool, StrategyRule.Binpack rule, TaskRequirements req) {
    return rule == StrategyRule.Binpack.CPU
        ? pool.leastRemainingCpuFitting(req.cpu(), req.memoryMiB())
        : pool.leastRemainingMemoryFitting(req.cpu(), req.memoryMiB());
  }
}
