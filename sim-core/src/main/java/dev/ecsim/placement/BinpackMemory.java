package dev.ecsim.placement;

import dev.ecsim.cluster.ContainerInstance;
import dev.ecsim.cluster.InstancePool;
import java.util.Optional;

/**
 * ECS binpack on memory: the ACTIVE instance with the least remaining memory that still fits the
 * task's CPU and memory (ECS API: PlacementStrategy). Ties go to the instance with less remaining
 * CPU, then the oldest. Answered from the pool's index, never by scanning every instance.
 */
public final class BinpackMemory {
  private BinpackMemory() {}

  public static Optional<ContainerInstance> choose(InstancePool pool, int cpu, int memoryMiB) {
    return pool.leastRemainingMemoryFitting(cpu, memoryMiB);
  }
}
