package dev.ecsim.cluster;

/** ECS task lifecycle states, in order (ECS DG: task-lifecycle). */
public enum TaskState {
  PROVISIONING, PENDING, ACTIVATING, RUNNING, DEACTIVATING, STOPPING, DEPROVISIONING, STOPPED
}
