package dev.ecsim.scenario.read;

import dev.ecsim.catalog.Architecture;
import dev.ecsim.scenario.ContainerSpec;
import dev.ecsim.scenario.ImageSpec;
import dev.ecsim.scenario.LaunchType;
import dev.ecsim.scenario.PlacementConstraintSpec;
import dev.ecsim.scenario.PortMapping;
import dev.ecsim.scenario.TaskDefinitionSpec.NetworkMode;
import dev.ecsim.scenario.TaskDefinitionSpec;
import dev.ecsim.scenario.yaml.Mapping;
import dev.ecsim.scenario.yaml.Node;
import dev.ecsim.scenario.yaml.NumericField;
import dev.ecsim.scenario.yaml.Quantities;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code taskDefinitions:} with the sizing rules of RegisterTaskDefinition: written in the
 * scenario, or read from a JSON file as AWS prints it ({@link TaskDefinitionFile}), both through
 * the same checks.
 */
final class TaskDefinitionReader {
  static final List<String> FIELDS = List.of(
      "family", "cpu", "memory", "networkMode", "containerDefinitions", "requiresCompatibilities",
      "runtimePlatform", "ephemeralStorage", "placementConstraints", "file");
  static final List<String> CONTAINER_FIELDS = List.of(
      "name", "image", "cpu", "memory", "memoryReservation", "essential", "startTime", "portMappings",
      "stopTimeout", "healthCheck");
  static final List<String> HEALTH_CHECK_FIELDS = List.of("interval", "timeout", "retries", "startPeriod");
  private static final List<String> COMPATIBILITIES = List.of("EC2", "FARGATE", "EXTERNAL");
  static final List<String> IMAGE_FIELDS = List.of("name", "sizeMiB");
  static final List<String> PORT_FIELDS = List.of("containerPort", "hostPort", "protocol");
  static final List<String> RUNTIME_PLATFORM_FIELDS = AwsTaskDefinitionFields.RUNTIME_PLATFORM;
  static final List<String> EPHEMERAL_STORAGE_FIELDS = AwsTaskDefinitionFields.EPHEMERAL_STORAGE;
  /** Family: letters, digits, underscores and hyphens, at most 255 (ECS API RegisterTaskDefinition). */
  private static final Pattern FAMILY = Pattern.compile("[A-Za-z0-9_-]{1,255}");
  /** Task-level cpu on EC2: 128 to 196,608 units (current ECS API; docs/ecs-behaviour.md §1.6). */
  static final int MIN_TASK_CPU = 128;
  static final int MAX_TASK_CPU = 196_608;
  /** Docker's smallest container memory limit (docs/ecs-behaviour.md §1.6). */
  static final int MIN_CONTAINER_MEMORY_MIB = 6;

  /**
   * How a definition is written. Inline, times are durations ({@code 30s}), an image may give its
   * size, and a container may give its {@code startTime}; as AWS prints it, times are whole seconds,
   * an image is a name whose size the scenario's {@code images:} gives, and every field of the ECS
   * API is known.
   */
  enum Shape {
    INLINE, AWS;

    Mapping container(Node node) {
      return this == INLINE ? node.mapping(CONTAINER_FIELDS)
          : node.mapping(AwsTaskDefinitionFields.CONTAINER_DEFINITION, "ContainerDefinition (ECS API reference)");
    }

    Mapping port(Node node) {
      return this == INLINE ? node.mapping(PORT_FIELDS)
          : node.mapping(AwsTaskDefinitionFields.PORT_MAPPING, "PortMapping (ECS API reference)");
    }

    Mapping healthCheck(Node node) {
      return this == INLINE ? node.mapping(HEALTH_CHECK_FIELDS)
          : node.mapping(AwsTaskDefinitionFields.HEALTH_CHECK, "HealthCheck (ECS API reference)");
    }

    /**
     * A time in milliseconds: a duration inline, whole seconds (the API's Integer) in a file, in
     * {@code seconds}' range there.
     */
    Optional<Long> millis(Node node, NumericField seconds) {
      return this == INLINE ? node.parse(Quantities::durationMillis)
          : node.integer(seconds).map(s -> s * 1000);
    }
  }

  private TaskDefinitionReader() {}

  static Optional<TaskDefinitionSpec> read(Node node, ImageSizes images) {
    if (node.isMapping() && node.child("file").present()) {
      return TaskDefinitionFile.read(node, images);
    }
    Mapping m = node.mapping(FIELDS);
    Optional<String> family = family(m.required("family"));
    return definition(m, Shape.INLINE, family, images);
  }

  /** A family name, checked as RegisterTaskDefinition checks it. */
  static Optional<String> family(Optional<Node> node) {
    Optional<String> family = node.flatMap(Node::text);
    family.ifPresent(f -> {
      if (!FAMILY.matcher(f).matches()) {
        node.get().error("'" + f + "' is not a valid family; use 1 to 255 letters, digits, '_' or '-'");
      }
    });
    return family;
  }

  /** The definition's fields but {@code family}, which the caller has read (and may have renamed). */
  static Optional<TaskDefinitionSpec> definition(Mapping m, Shape shape, Optional<String> family, ImageSizes images) {
    Optional<Integer> cpu = m.parse("cpu", Quantities::cpuUnits);
    cpu.ifPresent(c -> {
      if (c < MIN_TASK_CPU || c > MAX_TASK_CPU) {
        m.field("cpu").error("task cpu " + NumericField.show(c) + " is out of range; valid: "
            + NumericField.show(MIN_TASK_CPU) + " to " + NumericField.show(MAX_TASK_CPU) + " CPU units");
      }
    });
    Optional<Integer> memory = m.parse("memory", Quantities::memoryMiB);
    NetworkMode mode = m.choice("networkMode", NetworkMode.values()).orElse(NetworkMode.BRIDGE);
    List<PlacementConstraintSpec> constraints = PlacementReader.constraints(m.field("placementConstraints"), true);

    List<ContainerSpec> containers = new ArrayList<>();
    Set<String> names = new HashSet<>();
    m.required("containerDefinitions").ifPresent(list -> {
      for (Node c : list.elements()) {
        container(c, memory.isPresent(), mode, shape, images).ifPresent(spec -> {
          if (!names.add(spec.name())) {
            c.child("name").error("container name '" + spec.name() + "' is used twice in this task definition");
          }
          containers.add(spec);
        });
      }
      if (list.isList() && list.elements().isEmpty()) {
        list.error("a task definition needs at least one container definition");
      }
    });
    memory.ifPresent(taskMemory -> containers.forEach(c -> {
      if (c.memory().orElse(0) > taskMemory) {
        m.field("memory").error("task memory " + taskMemory + " MiB is less than container '" + c.name()
            + "' memory " + c.memory().getAsInt() + " MiB");
      }
    }));
    Set<LaunchType> compatibilities = compatibilities(m.field("requiresCompatibilities"));
    Optional<Architecture> architecture = runtimePlatform(m.field("runtimePlatform"));
    int storage = ephemeralStorage(m.field("ephemeralStorage"));
    if (family.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new TaskDefinitionSpec(family.get(), optionalInt(cpu), optionalInt(memory), mode,
        List.copyOf(containers), constraints, compatibilities, architecture, storage));
  }

  /**
   * A container health check with the ranges of the ECS API (HealthCheck;
   * docs/ecs-behaviour.md §7.2): interval 5–300 s (30), timeout 2–60 s (5), retries 1–10 (3),
   * startPeriod 0–300 s (0). The command is not modelled: the application is taken to be healthy
   * once running.
   */
  private static OptionalLong healthCheck(Node node, Shape shape) {
    if (!node.present()) {
      return OptionalLong.empty();
    }
    Mapping m = shape.healthCheck(node);
    if (shape == Shape.AWS) {
      m.required("command"); // the API requires it; ecsim does not run it
    }
    long interval = seconds(m, shape, NumericFields.HEALTH_CHECK_INTERVAL, 30);
    seconds(m, shape, NumericFields.HEALTH_CHECK_TIMEOUT, 5);
    m.field("retries").integer(NumericFields.HEALTH_CHECK_RETRIES);
    seconds(m, shape, NumericFields.HEALTH_CHECK_START_PERIOD, 0);
    return OptionalLong.of(interval);
  }

  private static long seconds(Mapping m, Shape shape, NumericField range, int defaultSeconds) {
    String field = range.name();
    long millis = shape.millis(m.field(field), range).orElse(defaultSeconds * 1000L);
    if (millis < range.min() * 1000 || millis > range.max() * 1000) {
      m.field(field).error(field + " is " + (long) range.min() + "s to " + (long) range.max() + "s, found "
          + millis / 1000.0 + "s");
    }
    return millis;
  }

  /** {@code [EC2, FARGATE]}; the ECS API spells the values in capitals. */
  private static Set<LaunchType> compatibilities(Node node) {
    Set<LaunchType> out = EnumSet.noneOf(LaunchType.class);
    for (Node e : node.elements()) {
      e.choice(COMPATIBILITIES).ifPresent(c -> {
        if (c.equals("EXTERNAL")) {
          e.error("EXTERNAL (ECS Anywhere) capacity is not modelled; valid: EC2, FARGATE");
        } else {
          out.add(LaunchType.valueOf(c));
        }
      });
    }
    return Collections.unmodifiableSet(out);
  }

  /** {@code {cpuArchitecture: X86_64 | ARM64, operatingSystemFamily: LINUX}}. */
  private static Optional<Architecture> runtimePlatform(Node node) {
    Mapping m = node.mapping(RUNTIME_PLATFORM_FIELDS);
    m.choice("operatingSystemFamily", List.of("LINUX")); // Windows containers are not modelled
    return m.field("cpuArchitecture").choice(List.of("X86_64", "ARM64")).map(Architecture::parse);
  }

  /** {@code {sizeInGiB: 21..200}} (ECS API: EphemeralStorage); 20 GiB when absent. */
  private static int ephemeralStorage(Node node) {
    Mapping m = node.mapping(EPHEMERAL_STORAGE_FIELDS);
    if (!node.present()) {
      return TaskDefinitionSpec.DEFAULT_EPHEMERAL_STORAGE_GIB;
    }
    return m.required("sizeInGiB").flatMap(n -> n.integer(NumericFields.EPHEMERAL_STORAGE)).map(Long::intValue)
        .orElse(TaskDefinitionSpec.DEFAULT_EPHEMERAL_STORAGE_GIB);
  }

  private static Optional<ContainerSpec> container(Node node, boolean taskHasMemory, NetworkMode mode, Shape shape,
      ImageSizes images) {
    Mapping m = shape.container(node);
    Optional<String> name = m.requiredString("name");
    Optional<ImageSpec> image = m.required("image").flatMap(i -> image(i, shape, images));
    int cpu = m.field("cpu").integer(NumericFields.CONTAINER_CPU).orElse(0L).intValue();
    Optional<Integer> memory = m.parse("memory", Quantities::memoryMiB);
    Optional<Integer> reservation = m.parse("memoryReservation", Quantities::memoryMiB);
    memory.filter(v -> v < MIN_CONTAINER_MEMORY_MIB).ifPresent(v ->
        m.field("memory").error("container memory " + v + " MiB is below Docker's minimum of " + MIN_CONTAINER_MEMORY_MIB + " MiB"));
    reservation.filter(v -> v < MIN_CONTAINER_MEMORY_MIB).ifPresent(v ->
        m.field("memoryReservation").error("memoryReservation " + v + " MiB is below Docker's minimum of " + MIN_CONTAINER_MEMORY_MIB + " MiB"));
    if (memory.isPresent() && reservation.isPresent() && reservation.get() > memory.get()) {
      m.field("memoryReservation").error("memoryReservation " + reservation.get() + " MiB exceeds memory "
          + memory.get() + " MiB; the hard limit must be at least the soft reservation");
    }
    if (!taskHasMemory && memory.isEmpty() && reservation.isEmpty() && node.isMapping()) {
      node.error("without a task-level memory, each container needs memory or memoryReservation "
          + "(RegisterTaskDefinition rule)");
    }
    boolean essential = m.field("essential").bool().orElse(true);
    long startTime = shape == Shape.INLINE ? m.parse("startTime", Quantities::durationMillis).orElse(0L) : 0L;
    long stopTimeout = shape.millis(m.field("stopTimeout"), NumericFields.STOP_TIMEOUT).orElse(ContainerSpec.DEFAULT_STOP_TIMEOUT_MILLIS);
    if (stopTimeout < 0 || stopTimeout > ContainerSpec.MAX_STOP_TIMEOUT_MILLIS) {
      m.field("stopTimeout").error("stopTimeout is 0s to 120s, found " + stopTimeout / 1000.0 + "s");
    }
    OptionalLong healthCheckInterval = healthCheck(m.field("healthCheck"), shape);
    List<PortMapping> ports = new ArrayList<>();
    for (Node port : m.field("portMappings").elements()) {
      portMapping(shape.port(port), mode).ifPresent(ports::add);
    }
    if (name.isEmpty() || image.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ContainerSpec(name.get(), image.get(), cpu, optionalInt(memory), optionalInt(reservation),
        essential, startTime, List.copyOf(ports), stopTimeout, healthCheckInterval));
  }

  /**
   * A port mapping; in awsvpc and host mode the host port is the container port (given or not),
   * in bridge mode 0 or no host port means a dynamic one (ECS DG: task_definition_parameters).
   */
  private static Optional<PortMapping> portMapping(Mapping pm, NetworkMode mode) {
    Optional<Long> containerPort = pm.required("containerPort").flatMap(p -> p.integer(NumericFields.CONTAINER_PORT));
    PortMapping.Protocol protocol = pm.choice("protocol", PortMapping.Protocol.values()).orElse(PortMapping.Protocol.TCP);
    Optional<Long> hostPort = pm.field("hostPort").integer(NumericFields.HOST_PORT);
    if (containerPort.isEmpty()) {
      return Optional.empty();
    }
    int cp = containerPort.get().intValue();
    if (mode == NetworkMode.AWSVPC || mode == NetworkMode.HOST) {
      if (hostPort.isPresent() && hostPort.get() != cp) {
        pm.field("hostPort").error("in " + mode.spelling() + " network mode hostPort must be empty or equal "
            + "containerPort " + cp + ", found " + hostPort.get());
      }
      return Optional.of(new PortMapping(cp, OptionalInt.of(cp), protocol));
    }
    if (mode == NetworkMode.NONE) {
      pm.node().error("a task in network mode 'none' has no port mappings");
      return Optional.empty();
    }
    OptionalInt host = hostPort.filter(h -> h != 0).map(h -> OptionalInt.of(h.intValue())).orElse(OptionalInt.empty());
    return Optional.of(new PortMapping(cp, host, protocol));
  }

  /**
   * Inline, {@code image: "web:1.4"} (the size of its {@code images:} entry, else unknown and so no
   * pull time) or {@code image: {name, sizeMiB}}; in a file, a name, sized by its {@code images:}
   * entry or the default.
   */
  private static Optional<ImageSpec> image(Node node, Shape shape, ImageSizes images) {
    if (shape == Shape.AWS) {
      return node.text().map(n -> images.forFileImage(node, n));
    }
    if (node.isScalar()) {
      return node.text().map(n -> new ImageSpec(n, images.sizeOf(n).orElse(0.0)));
    }
    Mapping m = node.mapping(IMAGE_FIELDS);
    Optional<String> name = m.requiredString("name");
    double size = m.field("sizeMiB").number(NumericFields.IMAGE_SIZE).orElse(0.0);
    return name.map(n -> new ImageSpec(n, size));
  }

  private static OptionalInt optionalInt(Optional<Integer> value) {
    return value.map(OptionalInt::of).orElse(OptionalInt.empty());
  }
}
