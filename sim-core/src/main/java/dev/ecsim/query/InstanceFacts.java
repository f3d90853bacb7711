package dev.ecsim.query;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * What a cluster query can ask about one container instance: the subjects of the ECS cluster query
 * language (ECS DG: cluster-query-language). The cluster model adapts its container instance to
 * this view; queries only read it.
 */
public interface InstanceFacts {
  /**
   * Built-in ({@code ecs.instance-type}, ...) or custom attribute; empty when the instance lacks
   * it.
   */
  Optional<String> attribute(String name);

  String ec2InstanceId();

  int runningTasksCount();

  boolean agentConnected();

  String agentVersion();

  Instant registeredAt();

  /** The task groups ({@code service:web}, {@code family:batch}) of the tasks on the instance. */
  Set<String> taskGroups();
}
