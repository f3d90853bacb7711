package dev.ecsim.capacity;

import dev.ecsim.catalog.InstanceType;
import dev.ecsim.cluster.TaskRequirements;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How many instances a capacity provider needs for its PROVISIONING tasks
 * (docs/ecs-behaviour.md §5.3 steps 1–3): equal requirements grouped, groups too big for the
 * smallest type left out, the rest bin-packed onto the largest type, whose instance count is the
 * estimate. Pure.
 *
 * @param instances the estimate: largest-type instances the packed tasks fill
 * @param largest the type the tasks were packed onto
 * @param excluded the groups left out, in first-seen order, so the caller can log them; their
 *     tasks stay PROVISIONING and add nothing to M
 */
public record ScaleOutEstimate(int instances, InstanceType largest, List<Excluded> excluded) {

  /**
   * Tasks with equal requirements that the estimate leaves out.
   *
   * @param requirements the first such task, as given
   * @param tasks how many tasks of the group were left out
   * @param reason which type lacks what, e.g. "m5.large lacks CPU (3072 units, 2048 free)"
   */
  public record Excluded(TaskRequirements requirements, int tasks, String reason) {}

  public ScaleOutEstimate {
    excluded = List.copyOf(excluded);
    if (instances < 0) {
      throw new IllegalArgumentException("instances " + instances + " must not be negative");
    }
  }

  /**
   * Estimates for {@code provisioning} (any order; the result does not depend on it).
   *
   * <p>Packing is first-fit decreasing (ecsim choice: §5.3 says "binpack" without naming an
   * algorithm; FFD is the standard heuristic, deterministic and close to optimal in practice).
   * Groups go largest first (CPU, then memory, then static ports, then ENI), and all groups share
   * the instances (ecsim choice: §5.3 does not say whether group counts add up; sharing never
   * needs more instances than adding them would).
   */
  public static ScaleOutEstimate of(List<TaskRequirements> provisioning, ProviderInstanceTypes types) {
    InstanceType smallest = types.smallest();
    InstanceType largest = types.largest();
    List<Group> packable = new ArrayList<>();
    List<Excluded> excluded = new ArrayList<>();
    for (Group g : group(provisioning)) {
      // §5.3 step 3: the smallest type guards the estimate. ecsim choice: a task the largest type
      // cannot hold either (possible when sizes disagree, e.g. more vCPU but less memory) is left
      // out too, since packing it onto the largest type is impossible.
      Optional<String> lack = lackOnEmpty(smallest, g.first, types)
          .or(() -> lackOnEmpty(largest, g.first, types));
      if (lack.isPresent()) {
        excluded.add(new Excluded(g.first, g.count, lack.get()));
      } else {
        packable.add(g);
      }
    }
    packable.sort(LARGEST_FIRST);
    List<PackedInstance> instances = new ArrayList<>();
    for (Group g : packable) {
      for (int i = 0; i < g.count; i++) {
        firstFit(instances, g.first).orElseGet(() -> open(instances, types, largest)).add(g.first);
      }
    }
    return new ScaleOutEstimate(instances.size(), largest, excluded);
  }

  /** How many tasks were left out, over all excluded groups. */
  public int excludedTasks() {
    return excluded.stream().mapToInt(Excluded::tasks).sum();
  }

  private static Optional<String> lackOnEmpty(
      InstanceType type, TaskRequirements task, ProviderInstanceTypes types) {
    return types.emptyInstance(type).missing(task).map(m -> type.name() + " lacks " + m);
  }

  private static Optional<PackedInstance> firstFit(List<PackedInstance> open, TaskRequirements task) {
    return open.stream().filter(i -> i.fits(task)).findFirst();
  }

  private static PackedInstance open(
      List<PackedInstance> instances, ProviderInstanceTypes types, InstanceType largest) {
    PackedInstance fresh = types.emptyInstance(largest);
    instances.add(fresh);
    return fresh;
  }

  /** Tasks with equal requirements (§5.3 step 1); the task group name is not a requirement. */
  private static List<Group> group(List<TaskRequirements> tasks) {
    Map<TaskShape, Group> groups = new LinkedHashMap<>();
    for (TaskRequirements t : tasks) {
      groups.computeIfAbsent(TaskShape.of(t), s -> new Group(s, t)).count++;
    }
    return new ArrayList<>(groups.values());
  }

  private static final class Group {
    final TaskShape shape;
    final TaskRequirements first;
    int count;

    Group(TaskShape shape, TaskRequirements first) {
      this.shape = shape;
      this.first = first;
    }
  }

  // Total, so the packing order and hence the estimate do not depend on the order tasks came in.
  private static final Comparator<Group> LARGEST_FIRST =
      Comparator.comparing((Group g) -> g.shape, TaskShape.LARGEST_FIRST);
}
