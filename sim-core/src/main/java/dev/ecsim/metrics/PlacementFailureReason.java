package dev.ecsim.metrics;

import java.util.Optional;

/**
 * Why a placement attempt found no instance: the check that removed the closest candidate, in the
 * order ECS checks (resources, then constraints), or no candidate at all. {@link #key()} is the
 * name under {@code placementFailures.byReason} in summary.json: ECS's reason code for a resource
 * (ECS DG: api_failures_messages, as events.csv and placements.jsonl spell it), the constraint's
 * name as its error begins ("MemberOf placement constraint unsatisfied." gives {@code MemberOf}: a
 * summary.json path segment holds no dot or space), and {@code NO_INSTANCES} as placements.jsonl
 * says it.
 */
public enum PlacementFailureReason {
  CPU("RESOURCE:CPU", "for lack of CPU units: no instance had the task's CPU units unreserved"),
  MEMORY("RESOURCE:MEMORY", "for lack of memory: no instance had the task's memory unreserved"),
  PORTS("RESOURCE:PORTS", "for host ports: every instance with room already used a static host port the task needs"),
  ENI("RESOURCE:ENI", "for lack of ENIs: each awsvpc task needs an elastic network interface of its own and an"
      + " instance's primary ENI takes one attachment (an m5.large's 3 ENIs allow 2 awsvpc tasks);"
      + " cluster.awsvpcTrunking raises the limit where the instance type supports it"),
  DISTINCT_INSTANCE("DistinctInstance",
      "refused by the distinctInstance constraint: every instance with room already ran a task of the same group"),
  MEMBER_OF("MemberOf", "refused by a memberOf constraint: no instance with room matched its expression"),
  NO_INSTANCES("NO_INSTANCES",
      "for lack of any instance: the capacity provider had none registered (none launched, or still booting)");

  private static final PlacementFailureReason[] ALL = values();

  private final String key;
  private final String words;

  PlacementFailureReason(String key, String words) {
    this.key = key;
    this.words = words;
  }

  /** The reason's name in summary.json ({@code RESOURCE:ENI}, {@code MemberOf}, {@code NO_INSTANCES}). */
  public String key() {
    return key;
  }

  /** The reason in words, to follow "Most placement failures were": "for lack of ENIs: ...". */
  public String words() {
    return words;
  }

  /** The reason a summary.json key names, if any. */
  public static Optional<PlacementFailureReason> ofKey(String key) {
    for (PlacementFailureReason r : ALL) {
      if (r.key.equals(key)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
