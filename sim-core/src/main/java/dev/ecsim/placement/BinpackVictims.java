package dev.ecsim.placement;

import dev.ecsim.cluster.ContainerInstance;
import dev.ecsim.cluster.Task;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Scale-in victims for a lone [binpack(F)]: the task whose instance then has the most of F free,
 * the newest among ties. Each instance offers its best task (the largest of F, then the newest);
 * instances wait in a heap by what they would have free, a figure that can only be too high: the
 * victim's own instance is entered with the victim's share already freed, and placements made
 * meanwhile only lower the others. The top is re-read from the instance before it is taken, and
 * put back with the true figure when that is lower, so the pick is exact. O(log n) per victim.
 */
final class BinpackVictims implements ScaleIn.Victims {
  /** An instance's candidate: its best task, and what the instance would have free without it. */
  private record Offer(ContainerInstance instance, long free, Task task) {}

  private final StrategyRule.Binpack field;
  /** Per instance, its tasks by share of F, then age; the last is its best. */
  private final Map<ContainerInstance, TreeSet<Task>> byInstance = new LinkedHashMap<>();
  private final TreeSet<Offer> offers = new TreeSet<>(Comparator
      .comparingLong((Offer o) -> -o.free())
      .thenComparing(Offer::task, ScaleIn.NEWEST_LAST.reversed()));

  /** Every task must be on an instance (a Fargate task scores 0: the generic pass handles it). */
  static boolean handles(List<Task> tasks, List<StrategyRule> strategy) {
    return strategy.size() == 1 && strategy.get(0) instanceof StrategyRule.Binpack
        && tasks.stream().allMatch(t -> t.instance().isPresent());
  }

  BinpackVictims(List<Task> tasks, StrategyRule.Binpack field) {
    this.field = field;
    Comparator<Task> byShare = Comparator.comparingInt(this::share).thenComparing(ScaleIn.NEWEST_LAST);
    for (Task t : tasks) {
      byInstance.computeIfAbsent(t.instance().orElseThrow(), i -> new TreeSet<>(byShare)).add(t);
    }
    for (Map.Entry<ContainerInstance, TreeSet<Task>> e : byInstance.entrySet()) {
      Task best = e.getValue().last();
      offers.add(new Offer(e.getKey(), free(e.getKey()) + share(best), best));
    }
  }

  @Override
  public Task next() {
    while (true) {
      Offer top = offers.pollFirst();
      long actual = free(top.instance()) + share(top.task());
      if (actual != top.free()) {
        offers.add(new Offer(top.instance(), actual, top.task()));
        continue;
      }
      TreeSet<Task> rest = byInstance.get(top.instance());
      rest.remove(top.task());
      if (!rest.isEmpty()) {
        // Once the victim stops its share is free too.
        offers.add(new Offer(top.instance(), actual + share(rest.last()), rest.last()));
      }
      return top.task();
    }
  }

  private int share(Task t) {
    return field.share(t);
  }

  private long free(ContainerInstance i) {
    return field.remaining(i);
  }
}
