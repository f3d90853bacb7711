package dev.ecsim.scenario.read;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every field AWS has in a task definition JSON file, by ECS API reference page: what
 * {@code aws ecs describe-task-definition} prints (DescribeTaskDefinition response: a TaskDefinition
 * beside {@code tags}) and what {@code aws ecs register-task-definition --cli-input-json} takes
 * (RegisterTaskDefinition request). A field outside these lists is an error; a field in them that
 * ecsim does not simulate is accepted and listed once by {@code validate}.
 */
final class AwsTaskDefinitionFields {
  private AwsTaskDefinitionFields() {}

  /** DescribeTaskDefinition response (ECS API reference: API_DescribeTaskDefinition). */
  static final List<String> DESCRIBE_OUTPUT = List.of("taskDefinition", "tags");

  /** RegisterTaskDefinition request parameters (ECS API reference: API_RegisterTaskDefinition). */
  static final List<String> REGISTER_REQUEST = List.of(
      "family", "taskRoleArn", "executionRoleArn", "networkMode", "containerDefinitions", "volumes",
      "placementConstraints", "requiresCompatibilities", "cpu", "memory", "tags", "pidMode", "ipcMode",
      "proxyConfiguration", "inferenceAccelerators", "ephemeralStorage", "runtimePlatform",
      "enableFaultInjection");

  /** The TaskDefinition data type (ECS API reference: API_TaskDefinition), as describe prints it. */
  static final List<String> TASK_DEFINITION = List.of(
      "taskDefinitionArn", "containerDefinitions", "family", "taskRoleArn", "executionRoleArn", "networkMode",
      "revision", "volumes", "status", "requiresAttributes", "placementConstraints", "compatibilities",
      "runtimePlatform", "requiresCompatibilities", "cpu", "memory", "inferenceAccelerators", "pidMode",
      "ipcMode", "proxyConfiguration", "registeredAt", "deregisteredAt", "registeredBy", "ephemeralStorage",
      "enableFaultInjection");

  /** A bare object (the register input, or describe's inner object saved alone): either shape's fields. */
  static final List<String> BARE = union(REGISTER_REQUEST, TASK_DEFINITION);

  /** The ContainerDefinition data type (ECS API reference: API_ContainerDefinition). */
  static final List<String> CONTAINER_DEFINITION = List.of(
      "name", "image", "repositoryCredentials", "cpu", "memory", "memoryReservation", "links", "portMappings",
      "essential", "restartPolicy", "entryPoint", "command", "environment", "environmentFiles", "mountPoints",
      "volumesFrom", "linuxParameters", "secrets", "dependsOn", "startTimeout", "stopTimeout",
      "versionConsistency", "hostname", "user", "workingDirectory", "disableNetworking", "privileged",
      "readonlyRootFilesystem", "dnsServers", "dnsSearchDomains", "extraHosts", "dockerSecurityOptions",
      "interactive", "pseudoTerminal", "dockerLabels", "ulimits", "logConfiguration", "healthCheck",
      "systemControls", "resourceRequirements", "firelensConfiguration", "credentialSpecs");

  /** The PortMapping data type (ECS API reference: API_PortMapping); hostPortRange is output only. */
  static final List<String> PORT_MAPPING = List.of(
      "containerPort", "hostPort", "protocol", "name", "appProtocol", "containerPortRange", "hostPortRange");

  /** The HealthCheck data type (ECS API reference: API_HealthCheck); times are whole seconds. */
  static final List<String> HEALTH_CHECK = List.of("command", "interval", "timeout", "retries", "startPeriod");

  /** RuntimePlatform (ECS API reference: API_RuntimePlatform). */
  static final List<String> RUNTIME_PLATFORM = List.of("cpuArchitecture", "operatingSystemFamily");

  /** EphemeralStorage (ECS API reference: API_EphemeralStorage). */
  static final List<String> EPHEMERAL_STORAGE = List.of("sizeInGiB");

  /** TaskDefinitionPlacementConstraint (ECS API reference: API_TaskDefinitionPlacementConstraint). */
  static final List<String> PLACEMENT_CONSTRAINT = List.of("type", "expression");

  /** The task-level fields that change a run; every other task-level field is listed as not simulated. */
  static final List<String> SIMULATED = List.of(
      "family", "cpu", "memory", "networkMode", "containerDefinitions", "requiresCompatibilities",
      "runtimePlatform", "ephemeralStorage", "placementConstraints");

  /** The container fields that change a run. */
  static final List<String> SIMULATED_CONTAINER = List.of(
      "name", "image", "cpu", "memory", "memoryReservation", "essential", "portMappings", "stopTimeout",
      "healthCheck");

  /** The port mapping fields that change a run. */
  static final List<String> SIMULATED_PORT = List.of("containerPort", "hostPort", "protocol");

  /** The health check fields that change a run: the command is not run, a healthy application is assumed. */
  static final List<String> SIMULATED_HEALTH_CHECK = List.of("interval", "timeout", "retries", "startPeriod");

  private static List<String> union(List<String> a, List<String> b) {
    Set<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }
}
