package dev.ecsim.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.catalog.InstanceType;
import dev.ecsim.cluster.TaskRequirements;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Bounds every scale-out estimate must meet whatever the packing heuristic
 * (docs/ecs-behaviour.md §5.3): no fewer instances than any one resource forces, no more than one
 * per packed task, and the same answer for the same tasks in any order.
 */
class ScaleOutEstimateProperties {
  static final List<String> TYPES =
      List.of("m5.large", "m5.xlarge", "c5.large", "c5.xlarge", "r5.large", "t3.medium", "m5.4xlarge");

  @Provide
  Arbitrary<TaskRequirements> tasks() {
    return Combinators.combine(
            Arbitraries.of(0, 128, 256, 512, 1024, 2048, 4096),
            Arbitraries.integers().between(6, 20_000),
            Arbitraries.of(List.<Integer>of(), List.of(80), List.of(443), List.of(80, 443)),
            Arbitraries.of(false, false, true))
        .as((cpu, mem, tcp, eni) -> new TaskRequirements(cpu, mem, tcp, List.of(), 0, eni, "g"));
  }

  @Provide
  Arbitrary<ProviderInstanceTypes> providers() {
    return Combinators.combine(
            Arbitraries.of(TYPES).list().ofMinSize(1).ofMaxSize(3),
            Arbitraries.of(false, true))
        .as((names, trunking) -> new ProviderInstanceTypes(
            names.stream().map(ScaleOutEstimateTest::type).toList(), 0.98, trunking));
  }

  @Property(tries = 300)
  void noFewerInstancesThanAnyResourceForcesAndNoMoreThanTasks(
      @ForAll @Size(max = 60) List<@From("tasks") TaskRequirements> tasks,
      @ForAll("providers") ProviderInstanceTypes types) {
    ScaleOutEstimate e = ScaleOutEstimate.of(tasks, types);
    List<TaskRequirements> packed = packed(tasks, e);
    InstanceType largest = types.largest();
    int cpu = largest.registeredCpuUnits();
    int memory = largest.registeredMemoryMiB(0.98);
    int enis = largest.awsvpcTaskLimit(types.awsvpcTrunking());

    assertThat(packed.size() + e.excludedTasks()).isEqualTo(tasks.size());
    assertThat(e.instances()).isLessThanOrEqualTo(packed.size());
    long cpuSum = packed.stream().mapToLong(TaskRequirements::cpu).sum();
    long memorySum = packed.stream().mapToLong(TaskRequirements::memoryMiB).sum();
    long eniTasks = packed.stream().filter(TaskRequirements::needsEni).count();
    assertThat((long) e.instances()).isGreaterThanOrEqualTo(ceilDiv(cpuSum, cpu));
    assertThat((long) e.instances()).isGreaterThanOrEqualTo(ceilDiv(memorySum, memory));
    assertThat((long) e.instances()).isGreaterThanOrEqualTo(ceilDiv(eniTasks, enis));
    // Tasks sharing a static port need one instance each (§1.5).
    Map<Integer, Integer> byPort = new HashMap<>();
    packed.forEach(t -> t.staticTcpPorts().forEach(p -> byPort.merge(p, 1, Integer::sum)));
    byPort.values().forEach(k -> assertThat(e.instances()).isGreaterThanOrEqualTo(k));
    // Everything packed fits an empty smallest and an empty largest instance.
    for (InstanceType t : List.of(types.smallest(), largest)) {
      packed.forEach(task -> {
        assertThat(task.cpu()).isLessThanOrEqualTo(t.registeredCpuUnits());
        assertThat(task.memoryMiB()).isLessThanOrEqualTo(t.registeredMemoryMiB(0.98));
      });
    }
  }

  @Property(tries = 200)
  void theOrderOfTheTasksDoesNotMatter(
      @ForAll @Size(max = 40) List<@From("tasks") TaskRequirements> tasks,
      @ForAll("providers") ProviderInstanceTypes types,
      @ForAll @IntRange(max = 39) int rotation) {
    List<TaskRequirements> reordered = new ArrayList<>(tasks);
    Collections.reverse(reordered);
    Collections.rotate(reordered, rotation);
    ScaleOutEstimate a = ScaleOutEstimate.of(tasks, types);
    ScaleOutEstimate b = ScaleOutEstimate.of(reordered, types);
    assertThat(b.instances()).isEqualTo(a.instances());
    assertThat(b.excludedTasks()).isEqualTo(a.excludedTasks());
  }

  /** The tasks the estimate packed: all but the excluded groups' tasks. */
  private static List<TaskRequirements> packed(List<TaskRequirements> tasks, ScaleOutEstimate e) {
    List<TaskShape> out = e.excluded().stream().map(x -> TaskShape.of(x.requirements())).toList();
    return tasks.stream().filter(t -> !out.contains(TaskShape.of(t))).toList();
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }
}
