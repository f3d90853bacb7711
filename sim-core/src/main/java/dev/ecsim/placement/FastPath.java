package dev.ecsim.placement;

import dev.ecsim.cluster.ContainerInstance;

/**
 * What an index lookup ({@link FastPaths}) made of a placement: the instance the full pass would
 * choose, no instance at all (none ACTIVE has the CPU and memory), or no answer (the strategy or
 * the cluster's indexes are not ones the lookups cover: the caller takes the full pass).
 */
sealed interface FastPath permits FastPath.Decided, FastPath.NoInstance, FastPath.NotApplicable {

  /** The full pass's pick, on CPU and memory (the caller still checks ports). */
  record Decided(ContainerInstance instance) implements FastPath {}

  /** No ACTIVE instance has the CPU and the memory: the task cannot be placed. */
  enum NoInstance implements FastPath {
    ANSWER
  }

  /** The lookups do not cover this request. */
  enum NotApplicable implements FastPath {
    ANSWER
  }
}
