package dev.ecsim.metrics;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * One task as it ended the run, with ECS's own field names. Times are milliseconds since the start
 * of the run; a lifecycle step the task never reached is empty.
 *
 * @param serviceOrJob the name of the service or job the task belongs to (not an ECS field: a job's
 *     task group is its task definition's family, which two jobs may share)
 */
public record TaskRecord(
    String taskId,
    String serviceOrJob,
    String group,
    String taskDefinition,
    String launchType,
    String capacityProviderName,
    Optional<String> containerInstanceId,
    Optional<String> instanceType,
    Optional<String> availabilityZone,
    int cpu,
    int memory,
    long createdAt,
    OptionalLong pullStartedAt,
    OptionalLong pullStoppedAt,
    OptionalLong startedAt,
    OptionalLong stoppingAt,
    OptionalLong stoppedAt,
    Optional<String> stopCode,
    Optional<String> stoppedReason,
    double costUsd) {}
