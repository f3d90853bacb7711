package dev.ecsim.metrics;

import java.util.List;
import java.util.Optional;

/**
 * What an {@link EventRecord}'s sentence says, as values: the instance, the task, the service or
 * job, the desired count it moved, the capacity provider, the Spot capacity reclaimed. The
 * reports read these and never the sentence, so the wording may change without breaking a chart. Each is empty when the event is not about such a thing.
 *
 * @param instance the EC2 container instance the event is about
 * @param taskId the task the event is about
 * @param owner the service or job the event is about
 * @param desiredCount a service's desired count before and after the event
 * @param capacityProvider the capacity provider the event is about: the Auto Scaling group
 *     provider whose scale-out left tasks out, the Spot provider whose capacity was reclaimed, the
 *     Fargate provider whose launch was throttled
 * @param reclaim the Spot capacity of one instance type in one Availability Zone that EC2 took back
 */
public record EventFacts(
    Optional<Instance> instance,
    Optional<String> taskId,
    Optional<String> owner,
    Optional<DesiredChange> desiredCount,
    Optional<String> capacityProvider,
    Optional<Reclaim> reclaim) {

  /** An event about nothing a report looks up: its sentence says it all. */
  public static final EventFacts NONE = new EventFacts(Optional.empty(), Optional.empty(), Optional.empty(),
      Optional.empty(), Optional.empty(), Optional.empty());

  /**
   * An EC2 container instance, as the ECS console names it.
   *
   * @param ec2InstanceId the EC2 instance ID ("i-...")
   * @param containerInstanceId the container instance ID ("ci-000001"), what tasks.csv names
   * @param instanceType the EC2 instance type, e.g. "m6i.large"
   * @param availabilityZone e.g. "us-east-1a"
   * @param launchedAtMillis when the instance was launched, before it booted and registered
   */
  public record Instance(
      String ec2InstanceId,
      String containerInstanceId,
      String instanceType,
      String availabilityZone,
      long launchedAtMillis) {}

  /** A service's desired count before and after a change. */
  public record DesiredChange(int from, int to) {}

  /**
   * Spot capacity EC2 reclaims from one instance type in one Availability Zone: some of the
   * running instances of that pool get an interruption notice (EC2 User Guide: Spot Instance
   * interruptions).
   *
   * @param instanceType the EC2 instance type of the pool, e.g. "m6i.large"
   * @param availabilityZone the pool's Availability Zone
   * @param noticed the instances that get the notice, in the order they get it
   * @param running how many instances of the pool were running, the noticed ones included
   */
  public record Reclaim(String instanceType, String availabilityZone, List<Instance> noticed, int running) {
    public Reclaim {
      noticed = List.copyOf(noticed);
    }
  }

  public EventFacts {
    java.util.Objects.requireNonNull(instance);
    java.util.Objects.requireNonNull(taskId);
    java.util.Objects.requireNonNull(owner);
    java.util.Objects.requireNonNull(desiredCount);
    java.util.Objects.requireNonNull(capacityProvider);
    java.util.Objects.requireNonNull(reclaim);
  }

  /** About an instance. */
  public static EventFacts instance(Instance instance) {
    return NONE.withInstance(instance);
  }

  /** About a service or job. */
  public static EventFacts owner(String owner) {
    return NONE.withOwner(owner);
  }

  /** About one task of a service or job. */
  public static EventFacts task(String taskId, String owner) {
    return owner(owner).withTask(taskId);
  }

  /** A service's desired count moved from {@code from} to {@code to} (or stayed, if equal). */
  public static EventFacts desiredCount(String service, int from, int to) {
    return owner(service).withDesiredCount(from, to);
  }

  /** About a capacity provider. */
  public static EventFacts capacityProvider(String capacityProvider) {
    return NONE.withCapacityProvider(capacityProvider);
  }

  /** Spot capacity of a provider reclaimed. */
  public static EventFacts reclaim(String capacityProvider, Reclaim reclaim) {
    return capacityProvider(capacityProvider).withReclaim(reclaim);
  }

  public EventFacts withInstance(Instance instance) {
    return new EventFacts(Optional.of(instance), taskId, owner, desiredCount, capacityProvider, reclaim);
  }

  public EventFacts withTask(String taskId) {
    return new EventFacts(instance, Optional.of(taskId), owner, desiredCount, capacityProvider, reclaim);
  }

  public EventFacts withOwner(String owner) {
    return new EventFacts(instance, taskId, Optional.of(owner), desiredCount, capacityProvider, reclaim);
  }

  public EventFacts withDesiredCount(int from, int to) {
    return new EventFacts(instance, taskId, owner, Optional.of(new DesiredChange(from, to)), capacityProvider,
        reclaim);
  }

  public EventFacts withCapacityProvider(String capacityProvider) {
    return new EventFacts(instance, taskId, owner, desiredCount, Optional.of(capacityProvider), reclaim);
  }

  public EventFacts withReclaim(Reclaim reclaim) {
    return new EventFacts(instance, taskId, owner, desiredCount, capacityProvider, Optional.of(reclaim));
  }
}
