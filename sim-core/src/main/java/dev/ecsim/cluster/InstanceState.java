package dev.ecsim.cluster;

/** Container instance status: only ACTIVE instances receive new tasks. */
public enum InstanceState {
  ACTIVE, DRAINING, INACTIVE
}
