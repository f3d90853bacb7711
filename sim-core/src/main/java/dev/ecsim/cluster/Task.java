package dev.ecsim.cluster;

import dev.ecsim.metrics.TaskRecord;
import dev.ecsim.scenario.TaskDefinitionSpec;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One ECS task and its lifecycle. Timestamps carry ECS's names (createdAt, pullStartedAt, ...)
 * and are milliseconds since the start of the run; unset ones are empty in {@link #toRecord}.
 */
public final class Task {
  private static final long UNSET = Long.MIN_VALUE;

  private final String id;
  private final String group;
  private final String owner;
  private final TaskDefinitionSpec definition;
  private final String capacityProvider;
  private final TaskRequirements requirements;
  private final long createdAt;
  private final boolean usesWhatItReserves;
  private TaskState state = TaskState.PROVISIONING;
  private ContainerInstance instance;
  private String fargateZone;
  private long pullStartedAt = UNSET;
  private long pullStoppedAt = UNSET;
  private long startedAt = UNSET;
  private long stoppingAt = UNSET;
  private long stoppedAt = UNSET;
  private String stopCode;
  private String stoppedReason;
  private double costUsd;

  public Task(String id, String group, String owner, TaskDefinitionSpec definition, String capacityProvider,
      long createdAt) {
    this(id, group, owner, definition, capacityProvider, createdAt, true);
  }

  /**
   * @param usesWhatItReserves true for a task whose work is not modelled (a job, a service without
   *     load): it is taken to use all it reserves while RUNNING; false for a service task under
   *     load, whose use its service accounts for
   */
  public Task(String id, String group, String owner, TaskDefinitionSpec definition, String capacityProvider,
      long createdAt, boolean usesWhatItReserves) {
    this(id, owner, definition, TaskRequirements.of(definition, group), capacityProvider, createdAt,
        usesWhatItReserves);
  }

  /**
   * A task whose requirements its service or job worked out once for all its tasks (they depend on
   * the task definition and the group alone); the task group is the requirements'.
   */
  public Task(String id, String owner, TaskDefinitionSpec definition, TaskRequirements requirements,
      String capacityProvider, long createdAt, boolean usesWhatItReserves) {
    this.usesWhatItReserves = usesWhatItReserves;
    this.id = id;
    this.group = requirements.group();
    this.owner = owner;
    this.definition = definition;
    this.capacityProvider = capacityProvider;
    this.requirements = requirements;
    this.createdAt = createdAt;
  }

  public String id() {
    return id;
  }

  /** The task group: {@code family:NAME} for standalone tasks, {@code service:NAME} for services. */
  public String group() {
    return group;
  }

  /** The job or service this task belongs to (the name costs are allocated to). */
  public String owner() {
    return owner;
  }

  public TaskDefinitionSpec definition() {
    return definition;
  }

  /** The capacity provider, or empty for a task run with a launch type. */
  public String capacityProvider() {
    return capacityProvider;
  }

  public TaskRequirements requirements() {
    return requirements;
  }

  public int cpu() {
    return requirements.cpu();
  }

  public int memoryMiB() {
    return requirements.memoryMiB();
  }

  public boolean usesWhatItReserves() {
    return usesWhatItReserves;
  }

  public TaskState state() {
    return state;
  }

  public Optional<ContainerInstance> instance() {
    return Optional.ofNullable(instance);
  }

  public long createdAt() {
    return createdAt;
  }

  /** When the task was placed and its resources reserved (its image pull starts then). */
  public OptionalLong placedAt() {
    return optional(pullStartedAt);
  }

  public OptionalLong pullStoppedAt() {
    return optional(pullStoppedAt);
  }

  public OptionalLong startedAt() {
    return optional(startedAt);
  }

  public OptionalLong stoppedAt() {
    return optional(stoppedAt);
  }

  /** ECS's TaskStopCode once the task stopped (EssentialContainerExited, SpotInterruption, ...). */
  public Optional<String> stopCode() {
    return Optional.ofNullable(stopCode);
  }

  public double costUsd() {
    return costUsd;
  }

  void placed(ContainerInstance on, long pullStart, long pullStop) {
    instance = on;
    state = TaskState.PENDING;
    pullStartedAt = pullStart;
    pullStoppedAt = pullStop;
  }

  /** On Fargate: capacity and ENI are ready in {@code zone}; the image pull runs from pullStart to pullStop. */
  void provisionedOnFargate(String zone, long pullStart, long pullStop) {
    fargateZone = zone;
    state = TaskState.PENDING;
    pullStartedAt = pullStart;
    pullStoppedAt = pullStop;
  }

  /** Fargate tasks run in a micro-VM of their own, not on a container instance. */
  public boolean onFargate() {
    return fargateZone != null;
  }

  public Optional<String> availabilityZone() {
    return onFargate() ? Optional.of(fargateZone) : instance().map(ContainerInstance::availabilityZone);
  }

  void running(long at) {
    state = TaskState.RUNNING;
    startedAt = at;
  }

  void stopped(long at, String code, String reason) {
    state = TaskState.STOPPED;
    stoppingAt = at;
    stoppedAt = at;
    stopCode = code;
    stoppedReason = reason;
  }

  public void addCost(double usd) {
    costUsd += usd;
  }

  public TaskRecord toRecord() {
    if (stoppedAt == UNSET) {
      throw new IllegalStateException(id + " has not stopped: give the time the record is taken at");
    }
    return toRecord(stoppedAt);
  }

  /**
   * The task's record as it stands at {@code asOf} (its stop, or the horizon for a task still
   * running or waiting). The image pull's times are set when the task is placed, as scheduled; a
   * pull step the task had not reached by then (a pull still under way when the task stopped or
   * the run ended) had not happened and stays empty, as ECS reports no pullStoppedAt for a pull
   * that did not complete.
   */
  public TaskRecord toRecord(long asOf) {
    return new TaskRecord(id, owner, group, definition.family(), onFargate() ? "FARGATE" : "EC2", capacityProvider,
        instance().map(ContainerInstance::id), instance().map(i -> i.type().name()),
        availabilityZone(), cpu(), memoryMiB(), createdAt,
        happenedBy(pullStartedAt, asOf), happenedBy(pullStoppedAt, asOf), optional(startedAt), optional(stoppingAt),
        optional(stoppedAt), Optional.ofNullable(stopCode), Optional.ofNullable(stoppedReason), costUsd);
  }

  private static OptionalLong happenedBy(long value, long asOf) {
    return value == UNSET || value > asOf ? OptionalLong.empty() : OptionalLong.of(value);
  }

  private static OptionalLong optional(long value) {
    return value == UNSET ? OptionalLong.empty() : OptionalLong.of(value);
  }
}
