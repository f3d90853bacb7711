package dev.ecsim.scenario.read;

import dev.ecsim.catalog.Architecture;
import dev.ecsim.catalog.FargateCatalog;
import dev.ecsim.scenario.CapacityProviderSpec;
import dev.ecsim.scenario.PlacementConstraintSpec;
import dev.ecsim.scenario.PlacementStrategySpec;
import dev.ecsim.scenario.TaskDefinitionSpec;
import dev.ecsim.scenario.yaml.ReadContext;
import java.util.List;

/**
 * What ECS refuses for Fargate: RegisterTaskDefinition's rules for a FARGATE-compatible task
 * definition (awsvpc, task-level cpu and memory in one of the valid pairs,
 * docs/ecs-behaviour.md §3.1) and RunTask's for a task run on Fargate (the definition must be
 * FARGATE-compatible; Fargate Spot is x86_64 only, §3.4; Fargate takes no placement strategies or
 * constraints, §1.1).
 */
final class FargateRules {
  private FargateRules() {}

  static void taskDefinition(TaskDefinitionSpec def, String path, FargateCatalog fargate, ReadContext ctx) {
    if (def.networkMode() != TaskDefinitionSpec.NetworkMode.AWSVPC) {
      ctx.error(path + ".networkMode", "a FARGATE-compatible task definition needs networkMode awsvpc, found "
          + def.networkMode().spelling());
    }
    if (def.cpu().isEmpty() || def.memory().isEmpty()) {
      ctx.error(path, "a FARGATE-compatible task definition needs task-level cpu and memory; valid cpu: "
          + fargate.validCpuUnits());
      return;
    }
    int cpu = def.cpu().getAsInt();
    int memory = def.memory().getAsInt();
    List<Integer> valid = fargate.validMemoryMiB(cpu);
    if (valid.isEmpty()) {
      ctx.error(path + ".cpu", "cpu " + cpu + " is not a Fargate size; valid: " + fargate.validCpuUnits()
          + " CPU units");
    } else if (!valid.contains(memory)) {
      ctx.error(path + ".memory", "memory " + memory + " MiB is not valid with cpu " + cpu + " on Fargate; valid: "
          + valid + " MiB (ECS never rounds a size)");
    }
  }

  static void workload(TaskDefinitionSpec def, List<PlacementStrategySpec> placementStrategy,
      List<PlacementConstraintSpec> placementConstraints, List<CapacityProviderSpec> providers, String path,
      ReadContext ctx) {
    if (!def.fargateCompatible()) {
      ctx.error(path + ".taskDefinition", "task definition '" + def.family() + "' runs on Fargate here but its "
          + "requiresCompatibilities does not include FARGATE (add requiresCompatibilities: [FARGATE])");
    }
    boolean spot = providers.stream().anyMatch(p -> p.type() == CapacityProviderSpec.ProviderType.FARGATE_SPOT);
    if (spot && def.fargateArchitecture() == Architecture.ARM64) {
      ctx.error(path + ".capacityProviderStrategy", "Fargate Spot runs x86_64 only, and task definition '"
          + def.family() + "' asks for ARM64");
    }
    if (!placementStrategy.isEmpty()) {
      ctx.error(path + ".placementStrategy", "Fargate takes no placement strategy: it balances tasks over the "
          + "Availability Zones itself");
    }
    if (!placementConstraints.isEmpty() || !def.placementConstraints().isEmpty()) {
      ctx.error(path + ".placementConstraints", "Fargate takes no placement constraints");
    }
  }
}
