package dev.ecsim.placement;

import dev.ecsim.cluster.ContainerInstance;
import dev.ecsim.cluster.InstancePool;
import java.util.Optional;

/**
 * ECS binpack on memory: the ACTIVE instance with the least remaining memory that still fits the
 * task's CPU and memory (ECS API: PlacementStrategy). Ties go to the instance with less remaining
 * CPU, then the oldest. Walks the pool's memory-ordered index from the first instance with enough
 * memory, so it never looks at instances too small for the task.
 */
public final class BinpackMemory {
  private BinpackMemory() {}

  public static Optional<ContainerInstance> choose(InstancePool pool, int cpu, int memoryMiB) {
    for (ContainerInstance candidate : pool.activeWithMemoryAtLeast(memoryMiB)) {
      if (candidate.fits(cpu, memoryMiB)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
