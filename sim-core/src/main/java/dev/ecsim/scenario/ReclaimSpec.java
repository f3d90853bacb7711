package dev.ecsim.scenario;

/**
 * Correlated spot interruptions (a capacity reclaim): each interruption event takes a share of the
 * provider's instances of one instance type in one Availability Zone at once, the way spot capacity
 * really goes (the spot interruptions issue). EC2 spot only. How events arrive and which instances
 * they take is {@code capacity.SpotInterruptions.Reclaims}' to say.
 *
 * @param share the expected share of the type × zone group one event takes, in (0, 1]
 */
public record ReclaimSpec(double share) {
  public ReclaimSpec {
    if (!(share > 0 && share <= 1)) {
      throw new IllegalArgumentException("a reclaim share " + share + " must be above 0 and at most 1");
    }
  }
}
