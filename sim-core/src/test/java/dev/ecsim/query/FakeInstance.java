package dev.ecsim.query;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A container instance reduced to the facts a query reads; stands in for the cluster model. */
record FakeInstance(
    Map<String, String> attributes,
    String ec2InstanceId,
    int runningTasksCount,
    boolean agentConnected,
    String agentVersion,
    Instant registeredAt,
    Set<String> taskGroups)
    implements InstanceFacts {

  FakeInstance {
    attributes = Map.copyOf(attributes);
    taskGroups = Set.copyOf(taskGroups);
  }

  @Override
  public Optional<String> attribute(String name) {
    return Optional.ofNullable(attributes.get(name));
  }
}
