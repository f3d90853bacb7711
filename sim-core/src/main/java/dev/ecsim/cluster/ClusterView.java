package dev.ecsim.cluster;

import java.util.Collection;
import java.util.OptionalLong;

/** What placement reads of the cluster beyond the candidates: the running instances, and spread's counts. */
public interface ClusterView {

  /**
   * Instances launched and not terminated, any provider, oldest first (spread counts a group's tasks
   * over all of them; a terminated instance runs none). A read-only view: iterate it at once.
   */
  Collection<ContainerInstance> runningInstances();

  /**
   * Tasks of {@code group} on instances whose {@code field} is {@code value}, when the field is
   * indexed (kept up to date on every placement and stop); empty otherwise.
   */
  OptionalLong tasksWithValue(String field, String group, String value);
}
