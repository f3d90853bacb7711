package dev.ecsim.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsim.catalog.InstanceCatalog;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What one container instance can still take, checked in ECS's order (CPU, memory, ports, ENIs),
 * against the catalog's m5.large: 2 vCPU = 2,048 CPU units; 8 GiB x 0.98 = 8,028 MiB registered;
 * 3 ENIs, so 2 awsvpc tasks without trunking (the primary ENI is the instance's own) and 10 with
 * (docs/ecs-behaviour.md §1.5, §1.6).
 */
class ContainerInstanceTest {
  private static final InstanceCatalog CATALOG = InstanceCatalog.bundled("us-east-1");

  static ContainerInstance m5Large(boolean trunking) {
    LaunchTemplate template = new LaunchTemplate("cp", CATALOG.find("m5.large").orElseThrow(), 0.98, Map.of(),
        trunking, "1.89.0", true);
    return new Cluster().launch(template, "us-east-1a", 0, Instant.parse("2026-01-05T00:00:00Z"));
  }

  static TaskRequirements task(int cpu, int memory) {
    return new TaskRequirements(cpu, memory, List.of(), List.of(), 0, false, "g");
  }

  @Test
  void registersTheCatalogsCpuAndNinetyEightPercentOfMemory() {
    ContainerInstance i = m5Large(false);
    assertThat(i.registeredCpu()).isEqualTo(2048);
    assertThat(i.registeredMemoryMiB()).isEqualTo(8028);
    assertThat(i.eniLimit()).isEqualTo(2);
    assertThat(m5Large(true).eniLimit()).isEqualTo(10);
  }

  @Test
  void theFirstResourceShortIsNamedInEcsOrder() {
    ContainerInstance i = m5Large(false);
    i.reserve(task(1024, 4000));
    // 1,024 units and 4,028 MiB are left.
    assertThat(i.shortfall(task(1025, 1))).isEqualTo(Shortfall.CPU);
    assertThat(i.shortfall(task(1025, 9000))).as("CPU is checked first").isEqualTo(Shortfall.CPU);
    assertThat(i.shortfall(task(1024, 4029))).isEqualTo(Shortfall.MEMORY);
    assertThat(i.shortfall(task(1024, 4028))).isEqualTo(Shortfall.NONE);
    assertThat(i.remainingCpu()).isEqualTo(1024);
    assertThat(i.remainingMemoryMiB()).isEqualTo(4028);
  }

  @Test
  void aStaticHostPortIsHeldOncePerProtocol() {
    ContainerInstance i = m5Large(false);
    i.reserve(new TaskRequirements(10, 10, List.of(80), List.of(), 0, false, "g"));
    assertThat(i.shortfall(new TaskRequirements(10, 10, List.of(80), List.of(), 0, false, "g")))
        .isEqualTo(Shortfall.PORTS);
    assertThat(i.shortfall(new TaskRequirements(10, 10, List.of(), List.of(80), 0, false, "g")))
        .as("UDP 80 is another port than TCP 80").isEqualTo(Shortfall.NONE);
  }

  @Test
  void awsvpcTasksStopAtTheEniLimit() {
    ContainerInstance i = m5Large(false);
    TaskRequirements awsvpc = new TaskRequirements(10, 10, List.of(), List.of(), 0, true, "g");
    i.reserve(awsvpc);
    i.reserve(awsvpc);
    assertThat(i.shortfall(awsvpc)).isEqualTo(Shortfall.ENI);
    assertThat(i.shortfall(task(10, 10))).as("a bridge task needs no ENI").isEqualTo(Shortfall.NONE);
    assertThatThrownBy(() -> i.reserve(awsvpc)).isInstanceOf(IllegalStateException.class).hasMessageContaining("ENI");
  }

  @Test
  void releasingGivesEverythingBackAndNoMore() {
    ContainerInstance i = m5Large(false);
    TaskRequirements t = new TaskRequirements(512, 1024, List.of(443), List.of(), 2, true, "service:web");
    i.reserve(t);
    assertThat(i.taskCount()).isEqualTo(1);
    assertThat(i.tasksInGroup("service:web")).isEqualTo(1);
    i.release(t);
    assertThat(i.remainingCpu()).isEqualTo(2048);
    assertThat(i.remainingMemoryMiB()).isEqualTo(8028);
    assertThat(i.remainingEnis()).isEqualTo(2);
    assertThat(i.tasksInGroup("service:web")).isZero();
    assertThat(i.shortfall(t)).isEqualTo(Shortfall.NONE);
    assertThatThrownBy(() -> i.release(t)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("released more than was reserved");
  }
}
