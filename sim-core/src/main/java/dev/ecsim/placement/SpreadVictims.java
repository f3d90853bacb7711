package dev.ecsim.placement;

import dev.ecsim.cluster.Task;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Scale-in victims for [spread(F)] and [spread(F), spread(instanceId)]: the tasks grouped by F's
 * value, each group split by instance, groups and instances kept ordered by task count (most
 * first), then by their newest task. The victim is the newest task on the busiest instance of the
 * busiest value: what {@link ScaleIn#chooseVictim} picks, since an instance lies within one value
 * of F, so counting per instance among the tied values is counting its own tasks. O(log n) per victim.
 */
final class SpreadVictims implements ScaleIn.Victims {
  /** Tasks sharing one value of the last rule's field (an instance, or the whole group), newest last. */
  private static final class Bucket {
    final TreeSet<Task> tasks = new TreeSet<>(ScaleIn.NEWEST_LAST);
  }

  /** Tasks sharing one value of F, by bucket. */
  private static final class Group {
    final TreeSet<Bucket> buckets = new TreeSet<>(BUSIEST_FIRST);
    final Map<String, Bucket> byValue = new HashMap<>();
    int count;
  }

  /** More tasks first, then the newer newest task (buckets never share a task). */
  private static final Comparator<Bucket> BUSIEST_FIRST = Comparator
      .comparingInt((Bucket b) -> -b.tasks.size())
      .thenComparing(b -> b.tasks.last(), ScaleIn.NEWEST_LAST.reversed());

  private final TreeSet<Group> groups = new TreeSet<>(Comparator
      .comparingInt((Group g) -> -g.count)
      .thenComparing(g -> g.buckets.first(), BUSIEST_FIRST));

  static boolean handles(List<StrategyRule> strategy) {
    if (strategy.isEmpty() || !(strategy.get(0) instanceof StrategyRule.Spread)) {
      return false;
    }
    return strategy.size() == 1
        || (strategy.size() == 2 && strategy.get(1) instanceof StrategyRule.Spread then && then.overInstances());
  }

  SpreadVictims(List<Task> tasks, List<StrategyRule> strategy) {
    String field = ((StrategyRule.Spread) strategy.get(0)).field();
    boolean byInstance = strategy.size() == 2;
    Map<String, Group> byValue = new HashMap<>();
    for (Task t : tasks) {
      Group g = byValue.computeIfAbsent(ScaleIn.value(t, field), v -> new Group());
      String bucket = byInstance ? ScaleIn.value(t, "instanceId") : "";
      g.byValue.computeIfAbsent(bucket, v -> new Bucket()).tasks.add(t);
      g.count++;
    }
    for (Group g : byValue.values()) {
      g.buckets.addAll(g.byValue.values());
      groups.add(g);
    }
  }

  @Override
  public Task next() {
    Group g = groups.pollFirst();
    Bucket b = g.buckets.pollFirst();
    Task victim = b.tasks.pollLast();
    g.count--;
    if (!b.tasks.isEmpty()) {
      g.buckets.add(b);
    }
    if (g.count > 0) {
      groups.add(g);
    }
    return victim;
  }
}
