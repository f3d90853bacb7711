package dev.ecsim.placement;

import dev.ecsim.cluster.Task;
import dev.ecsim.scenario.PlacementStrategySpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Which task a service stops when it scales in, by its placement strategy read backwards (ECS API:
 * PlacementStrategy; reference §1.1): binpack stops the task whose instance then has the most of
 * the field free; spread stops one from the field value with the most tasks of the group, keeping
 * the values even; random draws one. Rules refine each other's ties as in placement. Ties left go
 * to the newest task (an ecsim choice: it has done the least work).
 */
public final class ScaleIn {
  /** A service without a strategy: AZ with most of its tasks, then instance with most (reference §1.2). */
  public static final List<PlacementStrategySpec> DEFAULT_SERVICE_STRATEGY = List.of(
      PlacementStrategySpec.spread("attribute:ecs.availability-zone"), PlacementStrategySpec.spread("instanceId"));

  private ScaleIn() {}

  /** The task to stop among {@code tasks} (placed or on Fargate, not stopped, all of one group). */
  public static Task chooseVictim(List<Task> tasks, List<PlacementStrategySpec> strategy, RandomGenerator rng) {
    if (tasks.isEmpty()) {
      throw new IllegalArgumentException("no task to scale in");
    }
    List<Task> tied = tasks;
    for (PlacementStrategySpec rule : strategy) {
      if (tied.size() <= 1) {
        break;
      }
      tied = apply(rule, tied, rng);
    }
    return tied.stream().max(Comparator.comparingLong(Task::createdAt).thenComparing(Task::id)).orElseThrow();
  }

  private static List<Task> apply(PlacementStrategySpec rule, List<Task> tied, RandomGenerator rng) {
    switch (rule.type()) {
      case BINPACK: {
        boolean cpu = rule.field().orElseThrow().equals("cpu");
        return keepMax(tied, t -> t.instance().map(i -> cpu ? (long) i.remainingCpu() + t.cpu()
            : (long) i.remainingMemoryMiB() + t.memoryMiB()).orElse(0L));
      }
      case SPREAD: {
        String field = rule.field().orElseThrow();
        Map<String, Long> perValue = new HashMap<>();
        for (Task t : tied) {
          perValue.merge(value(t, field), 1L, Long::sum);
        }
        return keepMax(tied, t -> perValue.get(value(t, field)));
      }
      default:
        return List.of(tied.get(rng.nextInt(tied.size())));
    }
  }

  /** A Fargate task is its own host and has only its Availability Zone to spread by. */
  private static String value(Task t, String field) {
    if (t.instance().isPresent()) {
      return t.instance().get().field(field).orElse("");
    }
    if (field.equals("attribute:ecs.availability-zone")) {
      return t.availabilityZone().orElse("");
    }
    return field.equals("instanceId") || field.equals("host") ? t.id() : "";
  }

  private static List<Task> keepMax(List<Task> tied, ToLongFunction<Task> score) {
    long best = Long.MIN_VALUE;
    List<Task> kept = new ArrayList<>();
    for (Task t : tied) {
      long s = score.applyAsLong(t);
      if (s > best) {
        best = s;
        kept.clear();
      }
      if (s == best) {
        kept.add(t);
      }
    }
    return kept;
  }
}
