package dev.ecsim.capacity;

import dev.ecsim.engine.Engine;
import dev.ecsim.scenario.CapacityProviderSpec;
import dev.ecsim.scenario.TaskDefinitionSpec;
import dev.ecsim.workload.Distribution;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * FARGATE or FARGATE_SPOT: every task gets a micro-VM of its own, so there is nothing to place and
 * no cache (docs/ecs-behaviour.md §2.2). A task waits for capacity and its ENI (the provider's
 * provisioning time), pulls every image (billing starts then), starts its containers, and lands in
 * the Availability Zone where its group has the fewest tasks, which is how Fargate balances a group
 * over the subnets' zones (§1.1).
 */
public final class FargateCapacity {
  private final CapacityProviderSpec spec;
  private final List<String> zones;
  private final Distribution.Sampler provisioning;
  /** group -> its tasks not stopped, per zone. */
  private final Map<String, ZoneBalance> perGroup = new HashMap<>();

  public FargateCapacity(CapacityProviderSpec spec, List<String> zones, Engine engine) {
    this.spec = spec;
    this.zones = List.copyOf(zones);
    this.provisioning = spec.provisioningTime().sampler(engine.rng("provisioning/" + spec.name()));
  }

  public CapacityProviderSpec spec() {
    return spec;
  }

  /** Capacity and ENI for one task: PROVISIONING to the start of its image pull. */
  public long provisioningMillis() {
    return Math.round(provisioning.sample());
  }

  /**
   * Every image pulled, one after another, at the provider's throughput scaled by sqrt(task vCPU)
   * (an ecsim choice anchored on the one timed pull of docs/ecs-behaviour.md §2.2,
   * docs/modelling.md).
   */
  public long pullMillis(TaskDefinitionSpec definition) {
    double vcpu = definition.reservedCpu() / 1024.0;
    double miBPerSecond = spec.imagePullMiBPerSecond() * Math.sqrt(vcpu);
    double sizeMiB = definition.containerDefinitions().stream().mapToDouble(c -> c.image().sizeMiB()).sum();
    return Math.round(sizeMiB / miBPerSecond * 1000);
  }

  /** The zone with the fewest tasks of the group, in listed order; the task is counted there. */
  public String takeZone(String group) {
    return perGroup.computeIfAbsent(group, g -> new ZoneBalance(zones)).take();
  }

  /** The task left its zone. */
  public void releaseZone(String group, String zone) {
    perGroup.get(group).release(zone);
  }
}
