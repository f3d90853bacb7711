package dev.ecsim.cluster;

import java.util.List;

/**
 * Host ports as the ECS agent accounts for them on Linux (ECS DG: task_definition_parameters;
 * docs/ecs-behaviour.md §1.5): five ports reserved, at most 100 static host ports per instance
 * counting those, and dynamic ports from the ECS AMI's ephemeral range 32768–61000.
 */
public final class Ports {
  private Ports() {}

  /** SSH, Docker (2375, 2376) and the agent (51678, 51679). */
  public static final List<Integer> RESERVED_LINUX = List.of(22, 2375, 2376, 51678, 51679);
  public static final int MAX_STATIC_PORTS = 100;
  public static final int DYNAMIC_RANGE_FIRST = 32768;
  public static final int DYNAMIC_RANGE_LAST = 61000;
  public static final int DYNAMIC_RANGE_SIZE = DYNAMIC_RANGE_LAST - DYNAMIC_RANGE_FIRST + 1;
}
