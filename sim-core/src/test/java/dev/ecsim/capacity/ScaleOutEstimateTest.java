package dev.ecsim.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.catalog.InstanceCatalog;
import dev.ecsim.catalog.InstanceType;
import dev.ecsim.cluster.TaskRequirements;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The scale-out estimate of docs/ecs-behaviour.md §5.3, figures worked by hand. Registered sizes
 * (§1.6, ecsim decision 8): m5.large 2,048 units and floor(8,192 × 0.98) = 8,028 MiB, 2 awsvpc
 * tasks (10 trunked); m5.xlarge 4,096 units and floor(16,384 × 0.98) = 16,056 MiB (§4.1).
 */
class ScaleOutEstimateTest {
  private static final InstanceCatalog CATALOG = InstanceCatalog.bundled("us-east-1");

  static InstanceType type(String name) {
    return CATALOG.find(name).orElseThrow();
  }

  static TaskRequirements task(int cpu, int memoryMiB) {
    return new TaskRequirements(cpu, memoryMiB, List.of(), List.of(), 0, false, "family:app");
  }

  static TaskRequirements awsvpcTask(int cpu, int memoryMiB) {
    return new TaskRequirements(cpu, memoryMiB, List.of(), List.of(), 0, true, "family:app");
  }

  static TaskRequirements withPorts(List<Integer> tcp, List<Integer> udp) {
    return new TaskRequirements(256, 512, tcp, udp, 0, false, "family:app");
  }

  static List<TaskRequirements> times(int n, TaskRequirements task) {
    return Collections.nCopies(n, task);
  }

  static List<Integer> ports(int first, int count) {
    return IntStream.range(first, first + count).boxed().toList();
  }

  @Test
  void theLargestTypeSetsTheCount() {
    // 10 × (1,024 units, 2,048 MiB) on m5.xlarge: CPU 4,096 / 1,024 = 4 a piece, memory
    // 16,056 / 2,048 = 7 -> 4 per instance, ceil(10 / 4) = 3. The types come in any order.
    var types = ProviderInstanceTypes.of(type("m5.xlarge"), type("m5.large"));
    assertThat(types.smallest().name()).isEqualTo("m5.large");
    assertThat(types.largest().name()).isEqualTo("m5.xlarge");

    ScaleOutEstimate e = ScaleOutEstimate.of(times(10, task(1024, 2048)), types);
    assertThat(e.instances()).isEqualTo(3);
    assertThat(e.largest().name()).isEqualTo("m5.xlarge");
    assertThat(e.excluded()).isEmpty();
  }

  @Test
  void tasksTooBigForTheSmallestTypeAreLeftOutAndReported() {
    // §5.3 step 3: 3,072 units exceed m5.large's 2,048, so those 3 tasks are left out though an
    // m5.xlarge could hold them; the two 1,024-unit tasks fill one m5.xlarge.
    var types = ProviderInstanceTypes.of(type("m5.large"), type("m5.xlarge"));
    List<TaskRequirements> tasks = new ArrayList<>(times(2, task(1024, 2048)));
    tasks.addAll(times(3, task(3072, 4096)));

    ScaleOutEstimate e = ScaleOutEstimate.of(tasks, types);
    assertThat(e.instances()).isEqualTo(1);
    assertThat(e.excludedTasks()).isEqualTo(3);
    assertThat(e.excluded()).singleElement().satisfies(x -> {
      assertThat(x.requirements().cpu()).isEqualTo(3072);
      assertThat(x.tasks()).isEqualTo(3);
      assertThat(x.reason()).startsWith("m5.large lacks CPU (3072 units, 2048 free)");
    });
  }

  @Test
  void whenEveryTaskIsTooBigTheEstimateIsZero() {
    // §5.3 step 3: all too big -> nothing to launch for them (CPR stays where the rest puts it).
    ScaleOutEstimate e = ScaleOutEstimate.of(times(4, task(1024, 9000)),
        ProviderInstanceTypes.of(type("m5.large")));
    assertThat(e.instances()).isZero();
    assertThat(e.excluded()).singleElement().satisfies(x ->
        assertThat(x.reason()).startsWith("m5.large lacks memory (9000 MiB, 8028 free)"));
  }

  @Test
  void aTaskTheLargestTypeCannotHoldIsLeftOutToo() {
    // By vCPU c5.xlarge (4 vCPU, 8 GiB -> 8,028 MiB) is larger than r5.large (2 vCPU, 16 GiB ->
    // 16,056 MiB). 10,240 MiB fits the smallest but not the largest: ecsim choice, left out.
    var types = ProviderInstanceTypes.of(type("r5.large"), type("c5.xlarge"));
    assertThat(types.largest().name()).isEqualTo("c5.xlarge");
    ScaleOutEstimate e = ScaleOutEstimate.of(List.of(task(1024, 10_240)), types);
    assertThat(e.instances()).isZero();
    assertThat(e.excluded()).singleElement().satisfies(x ->
        assertThat(x.reason()).startsWith("c5.xlarge lacks memory"));
  }

  @Test
  void awsvpcTasksAreLimitedByEniSlots() {
    // §1.5/§4.1: m5.large without trunking takes 2 awsvpc tasks: 5 small tasks -> ceil(5 / 2) = 3.
    var plain = ProviderInstanceTypes.of(type("m5.large"));
    assertThat(ScaleOutEstimate.of(times(5, awsvpcTask(256, 512)), plain).instances()).isEqualTo(3);

    // 25 × (128, 256): CPU allows 16, memory 8,028 / 256 = 31, ENIs 2 -> 13 instances;
    // trunked, ENIs allow 10 and still bind first -> ceil(25 / 10) = 3.
    var trunked = new ProviderInstanceTypes(List.of(type("m5.large")), 0.98, true);
    assertThat(ScaleOutEstimate.of(times(25, awsvpcTask(128, 256)), plain).instances())
        .isEqualTo(13);
    assertThat(ScaleOutEstimate.of(times(25, awsvpcTask(128, 256)), trunked).instances())
        .isEqualTo(3);
  }

  @Test
  void twoTasksOnOneStaticPortNeedTwoInstances() {
    // §1.5: one task per static host port per instance, though CPU and memory would fit both.
    var types = ProviderInstanceTypes.of(type("m5.large"));
    assertThat(ScaleOutEstimate.of(times(2, withPorts(List.of(80), List.of())), types).instances())
        .isEqualTo(2);
    // The protocol is part of the port: 80/tcp and 80/udp share an instance.
    var tcpAndUdp = List.of(withPorts(List.of(80), List.of()), withPorts(List.of(), List.of(80)));
    assertThat(ScaleOutEstimate.of(tcpAndUdp, types).instances()).isEqualTo(1);
  }

  @Test
  void atMostOneHundredStaticPortsCountingTheAgentsFive() {
    // §0/§1.5: 5 reserved + 47 + 47 = 99 <= 100 -> one instance; 5 + 48 + 48 = 101 -> two.
    var types = ProviderInstanceTypes.of(type("m5.large"));
    var fit = List.of(withPorts(ports(10_000, 47), List.of()), withPorts(ports(20_000, 47), List.of()));
    var overflow = List.of(withPorts(ports(10_000, 48), List.of()), withPorts(ports(20_000, 48), List.of()));
    assertThat(ScaleOutEstimate.of(fit, types).instances()).isEqualTo(1);
    assertThat(ScaleOutEstimate.of(overflow, types).instances()).isEqualTo(2);
  }

  @Test
  void aTaskThatCanNeverGetItsPortsIsLeftOut() {
    // 96 static ports + the 5 reserved = 101 > 100; port 22 is the agent's (§1.5).
    var types = ProviderInstanceTypes.of(type("m5.large"));
    ScaleOutEstimate e = ScaleOutEstimate.of(
        List.of(withPorts(ports(10_000, 96), List.of()), withPorts(List.of(22), List.of())), types);
    assertThat(e.instances()).isZero();
    assertThat(e.excluded()).extracting(ScaleOutEstimate.Excluded::reason).containsExactly(
        "m5.large lacks static ports (96, 95 free of 100 with the agent's reserved)",
        "m5.large lacks host port 22/tcp (taken)");
  }

  @Test
  void groupsShareInstancesUnderFirstFitDecreasing() {
    // On m5.xlarge (4,096 units): 3 × 3,072 open three instances, each keeps 1,024 units, so
    // 3 × 1,024 go beside them -> 3 instances (adding per-group counts would give 3 + 1 = 4).
    // Smaller tasks first in the input: FFD sorts, so the order given does not matter.
    var types = ProviderInstanceTypes.of(type("m5.xlarge"));
    List<TaskRequirements> tasks = new ArrayList<>(times(3, task(1024, 1024)));
    tasks.addAll(times(3, task(3072, 1024)));
    assertThat(ScaleOutEstimate.of(tasks, types).instances()).isEqualTo(3);
  }

  @Test
  void taskGroupNamesDoNotSplitEqualRequirements() {
    // §5.3 step 1 groups by resource requirements; a group name is a label, not a resource.
    var a = new TaskRequirements(3072, 1024, List.of(), List.of(), 0, false, "family:a");
    var b = new TaskRequirements(3072, 1024, List.of(), List.of(), 0, false, "family:b");
    ScaleOutEstimate e = ScaleOutEstimate.of(List.of(a, b), ProviderInstanceTypes.of(type("m5.large")));
    assertThat(e.excluded()).singleElement().satisfies(x -> assertThat(x.tasks()).isEqualTo(2));
  }

  @Test
  void noProvisioningTasksNeedNoInstances() {
    assertThat(ScaleOutEstimate.of(List.of(), ProviderInstanceTypes.of(type("m5.large"))).instances())
        .isZero();
  }
}
