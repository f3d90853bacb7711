package dev.ecsim.service;

import dev.ecsim.cluster.Task;
import dev.ecsim.placement.PlacementRequest;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * A submitted task, whether a service or a job started it, with what placing it needs and what to do once it runs and stops. A job task
 * runs for {@code runMillis}; a service task runs until it is stopped.
 */
record TaskRun(Task task, OwnerKind ownerKind, PlacementRequest request, OptionalLong runMillis, Consumer<Task> onStarted,
    Consumer<Task> onStopped) {}
