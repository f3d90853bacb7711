package dev.ecsim.placement;

import dev.ecsim.cluster.ContainerInstance;
import java.util.List;
import java.util.OptionalLong;

/** What placement reads of the cluster beyond the candidates: every instance, and spread's counts. */
public interface ClusterView {

  /** Every instance ever launched (spread counts a group's tasks over all of them, any provider). */
  List<ContainerInstance> instances();

  /**
   * Tasks of {@code group} on instances whose {@code field} is {@code value}, when the field is
   * indexed (kept up to date on every placement and stop); empty otherwise.
   */
  OptionalLong tasksWithValue(String field, String group, String value);
}
