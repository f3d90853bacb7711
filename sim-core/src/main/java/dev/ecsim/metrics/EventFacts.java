package dev.ecsim.metrics;

import java.util.Optional;

/**
 * What an {@link EventRecord}'s sentence says, as values: the instance, the task, the service or
 * job, the desired count it moved. The reports read these and never the sentence, so the wording
 * may change without breaking a chart. Each is empty when the event is not about such a thing.
 *
 * @param instance the EC2 container instance the event is about
 * @param taskId the task the event is about
 * @param owner the service or job the event is about
 * @param desiredCount a service's desired count before and after the event
 */
public record EventFacts(
    Optional<Instance> instance,
    Optional<String> taskId,
    Optional<String> owner,
    Optional<DesiredChange> desiredCount) {

  /** An event about nothing a report looks up: its sentence says it all. */
  public static final EventFacts NONE =
      new EventFacts(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

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

  public EventFacts {
    java.util.Objects.requireNonNull(instance);
    java.util.Objects.requireNonNull(taskId);
    java.util.Objects.requireNonNull(owner);
    java.util.Objects.requireNonNull(desiredCount);
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

  public EventFacts withInstance(Instance instance) {
    return new EventFacts(Optional.of(instance), taskId, owner, desiredCount);
  }

  public EventFacts withTask(String taskId) {
    return new EventFacts(instance, Optional.of(taskId), owner, desiredCount);
  }

  public EventFacts withOwner(String owner) {
    return new EventFacts(instance, taskId, Optional.of(owner), desiredCount);
  }

  public EventFacts withDesiredCount(int from, int to) {
    return new EventFacts(instance, taskId, owner, Optional.of(new DesiredChange(from, to)));
  }
}
