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
 * PlacementStrategy; docs/ecs-behaviour.md §1.1): binpack stops the task whose instance then has
 * the most of the field free; spread stops one from the field value with the most tasks of the
 * group, keeping the values even; random draws one. Rules refine each other's ties as in placement.
 * Ties left go to the newest task (an ecsim choice: it has done the least work).
 *
 * <p>{@link #chooseVictim} is the rule as stated, a pass over the tasks per victim; {@link #victims}
 * gives the same victims one after another from structures built in one pass, for a service that
 * stops many tasks at once.
 */
public final class ScaleIn {
  /**
   * A service without a strategy: AZ with most of its tasks, then instance with most
   * (docs/ecs-behaviour.md §1.2).
   */
  public static final List<PlacementStrategySpec> DEFAULT_SERVICE_STRATEGY = List.of(
      PlacementStrategySpec.spread("attribute:ecs.availability-zone"), PlacementStrategySpec.spread("instanceId"));

  /** Oldest first; the last is the newest, the final tie-break. */
  static final Comparator<Task> NEWEST_LAST = Comparator.comparingLong(Task::createdAt).thenComparing(Task::id);

  private ScaleIn() {}

  /** Successive victims of one scale-in. */
  public interface Victims {
    /**
     * The next task to stop; the caller stops it before asking again (binpack reads how much its
     * instance has free). At most as many calls as there were tasks.
     */
    Task next();
  }

  /** The task to stop among {@code tasks} (placed or on Fargate, not stopped, all of one group). */
  public static Task chooseVictim(List<Task> tasks, List<PlacementStrategySpec> strategy, RandomGenerator rng) {
    return pick(tasks, StrategyRule.of(strategy), rng);
  }

  /** {@link #chooseVictim} with the strategy typed. */
  private static Task pick(List<Task> tasks, List<StrategyRule> rules, RandomGenerator rng) {
    if (tasks.isEmpty()) {
      throw new IllegalArgumentException("no task to scale in");
    }
    List<Task> tied = tasks;
    for (StrategyRule rule : rules) {
      if (tied.size() <= 1) {
        break;
      }
      tied = apply(rule, tied, rng);
    }
    return tied.stream().max(NEWEST_LAST).orElseThrow();
  }

  /**
   * The victims {@link #chooseVictim} would pick one after another, each stopped before the next
   * is chosen, with the same draws of {@code rng}. The service's own strategies ([spread(F)],
   * [spread(F), spread(instanceId)], [binpack(F)]) take O(log n) per victim after one pass; other
   * chains take {@link #chooseVictim}'s pass per victim.
   */
  public static Victims victims(List<Task> tasks, List<PlacementStrategySpec> strategy, RandomGenerator rng) {
    List<StrategyRule> rules = StrategyRule.of(strategy);
    if (SpreadVictims.handles(rules)) {
      return new SpreadVictims(tasks, rules);
    }
    if (BinpackVictims.handles(tasks, rules)) {
      return new BinpackVictims(tasks, (StrategyRule.Binpack) rules.get(0));
    }
    List<Task> remaining = new ArrayList<>(tasks);
    return () -> {
      Task victim = pick(remaining, rules, rng);
      remaining.remove(victim);
      return victim;
    };
  }

  private static List<Task> apply(StrategyRule rule, List<Task> tied, RandomGenerator rng) {
    if (rule instanceof StrategyRule.Binpack binpack) {
      return keepMax(tied, t -> binpackScore(t, binpack));
    }
    if (rule instanceof StrategyRule.Spread spread) {
      String field = spread.field();
      Map<String, int[]> perValue = new HashMap<>();
      for (Task t : tied) {
        perValue.computeIfAbsent(value(t, field), v -> new int[1])[0]++;
      }
      return keepMax(tied, t -> perValue.get(value(t, field))[0]);
    }
    return List.of(tied.get(rng.nextInt(tied.size())));
  }

  /** What the task's instance has free of the field once the task stops; 0 on Fargate. */
  static long binpackScore(Task t, StrategyRule.Binpack field) {
    if (t.instance().isEmpty()) {
      return 0;
    }
    return (long) field.remaining(t.instance().get()) + field.share(t);
  }

  /** A Fargate task is its own host and has only its Availability Zone to spread by. */
  static String value(Task t, String field) {
    if (t.instance().isPresent()) {
      return t.instance().get().field(field).orElse("");
    }
    if (field.equals("attribute:ecs.availability-zone")) {
      return t.availabilityZone().orElse("");
    }
    return StrategyRule.Spread.isInstanceField(field) ? t.id() : "";
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
