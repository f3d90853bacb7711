package dev.ecsim.service;

import dev.ecsim.cluster.Task;
import dev.ecsim.placement.PlacementRequest;
import java.util.function.Consumer;

/** A submitted task with what placing it needs and what to do once it runs and stops. */
record TaskRun(Task task, PlacementRequest request, long runMillis, Consumer<Task> onStarted,
    Consumer<Task> onStopped) {}
