package dev.ecsim.placement;

import dev.ecsim.catalog.InstanceCatalog;
import dev.ecsim.cluster.Cluster;
import dev.ecsim.cluster.ContainerInstance;
import dev.ecsim.cluster.LaunchTemplate;
import dev.ecsim.cluster.Task;
import dev.ecsim.cluster.TaskRequirements;
import dev.ecsim.scenario.ContainerSpec;
import dev.ecsim.scenario.ImageSpec;
import dev.ecsim.scenario.PlacementConstraintSpec;
import dev.ecsim.scenario.PlacementStrategySpec;
import dev.ecsim.scenario.PortMapping;
import dev.ecsim.scenario.TaskDefinitionSpec;
import dev.ecsim.scenario.TaskDefinitionSpec.NetworkMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/** Builds small clusters by hand for placement tests: instances, and tasks already placed on them. */
final class TestCluster {
  static final InstanceCatalog CATALOG = InstanceCatalog.bundled("us-east-1");
  static final String PROVIDER = "cp";

  final Cluster cluster = new Cluster();
  private int nextTask = 1;

  ContainerInstance launch(String type, String zone) {
    return launch(type, zone, false);
  }

  ContainerInstance launch(String type, String zone, boolean trunking) {
    LaunchTemplate template = new LaunchTemplate(PROVIDER, CATALOG.find(type).orElseThrow(), 0.98, Map.of(), trunking,
        "1.89.0", true);
    return cluster.launch(template, zone, 0, Instant.parse("2026-01-05T00:00:00Z"));
  }

  /** Places a task of {@code group} on {@code instance} directly, as an earlier decision would have. */
  Task place(ContainerInstance instance, String group, TaskDefinitionSpec def) {
    Task task = new Task("t-" + nextTask++, group, group, def, PROVIDER, 0);
    cluster.place(task, instance, 0, 0);
    return task;
  }

  Task place(ContainerInstance instance, String group, int cpu, int memory) {
    return place(instance, group, definition(cpu, memory));
  }

  static TaskDefinitionSpec definition(int cpu, int memory) {
    return definition(cpu, memory, NetworkMode.BRIDGE, List.of());
  }

  static TaskDefinitionSpec definition(int cpu, int memory, NetworkMode mode, List<PortMapping> ports) {
    ContainerSpec c = new ContainerSpec("c", new ImageSpec("img", 0), 0, OptionalInt.empty(), OptionalInt.empty(), true,
        0, ports, ContainerSpec.DEFAULT_STOP_TIMEOUT_MILLIS, OptionalLong.empty());
    return new TaskDefinitionSpec("f", OptionalInt.of(cpu), OptionalInt.of(memory), mode, List.of(c), List.of(),
        Set.of(), Optional.empty(), TaskDefinitionSpec.DEFAULT_EPHEMERAL_STORAGE_GIB);
  }

  static PlacementRequest request(TaskDefinitionSpec def, String group, List<PlacementConstraintSpec> constraints,
      PlacementStrategySpec... strategy) {
    return new PlacementRequest(TaskRequirements.of(def, group), constraints, List.of(strategy));
  }
}
