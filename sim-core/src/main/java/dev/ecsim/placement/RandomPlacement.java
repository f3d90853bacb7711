package dev.ecsim.placement;

import dev.ecsim.cluster.ContainerInstance;
import dev.ecsim.cluster.InstancePool;
import dev.ecsim.cluster.TaskRequirements;
import java.util.Optional;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * The {@code random} strategy (ECS API: PlacementStrategy, "places tasks randomly"; RunTask's
 * default in ecsim): one instance drawn uniformly from those that pass every filter (resources,
 * ports, ENIs, constraints), without a pass over the pool when most pass.
 *
 * <p>Rejection sampling: draw a position among the ACTIVE instances, keep the instance if it
 * passes, else draw again. After {@value #DRAWS} rejections, the instances with the CPU and memory
 * are walked through the pool's index (those without are never visited), the ones that pass are
 * counted, and one of them is drawn. Either way each passing instance is equally likely (a
 * rejection draw is uniform over the pool, hence over the passing instances once one is kept;
 * the fallback draws among them all), and a place is found whenever one exists. The cost is
 * O(1) expected when a fraction p of the pool passes, plus, with probability (1 - p)^DRAWS, the walk
 * over the instances that fit on CPU and memory: few, when few pass on them. The draws depend on
 * the seed and the pool's history alone, so a run is reproducible.
 */
final class RandomPlacement {
  /** Rejections before the fallback: with half the pool passing, 1 decision in 65,536 falls back. */
  static final int DRAWS = 16;

  /** The drawn instance (empty when none passes) and how many instances were checked. */
  record Draw(Optional<ContainerInstance> chosen, int examined) {}

  private RandomPlacement() {}

  static Draw choose(InstancePool pool, PlacementRequest request, RandomGenerator rng) {
    TaskRequirements req = request.requirements();
    int n = pool.activeCount();
    // Nothing has the CPU and memory: no draw at all (the index answers in O(D log n)).
    if (n == 0 || pool.leastRemainingCpuFitting(req.cpu(), req.memoryMiB()).isEmpty()) {
      return new Draw(Optional.empty(), 0);
    }
    for (int k = 1; k <= DRAWS; k++) {
      ContainerInstance candidate = pool.activeAt(rng.nextInt(n));
      if (Placement.passes(candidate, request)) {
        return new Draw(Optional.of(candidate), k);
      }
    }
    int examined = DRAWS;
    int passing = 0;
    for (ContainerInstance i : pool.fitting(req.cpu(), req.memoryMiB())) {
      examined++;
      if (Placement.passes(i, request)) {
        passing++;
      }
    }
    if (passing == 0) {
      return new Draw(Optional.empty(), examined);
    }
    int drawn = rng.nextInt(passing);
    for (ContainerInstance i : pool.fitting(req.cpu(), req.memoryMiB())) {
      examined++;
      if (Placement.passes(i, request) && drawn-- == 0) {
        return new Draw(Optional.of(i), examined);
      }
    }
    throw new IllegalStateException("the pool changed while drawing");
  }
}
