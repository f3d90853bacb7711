package dev.ecsim.capacity;

import dev.ecsim.cluster.ContainerInstance;

/**
 * How an instance that cluster auto scaling chose for scale-in leaves its group: at once, or
 * DRAINING first when the provider has managed draining (docs/ecs-behaviour.md §4.4, §5.4). Whoever
 * implements it stops what still runs on the instance and calls {@link AutoScalingGroup#terminate}.
 */
@FunctionalInterface
public interface ScaleInRemoval {
  /** Takes {@code instance} out of the group; {@code why} is the scale-in decision, for the event log. */
  void remove(ContainerInstance instance, String why);
}
