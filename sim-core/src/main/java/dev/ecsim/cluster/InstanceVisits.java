package dev.ecsim.cluster;

/**
 * How many instances a cluster's live structures handed out for iteration or sampling. Complexity
 * tests hold it flat per event as the horizon grows: a count, not a timing, so it is deterministic.
 */
public final class InstanceVisits {
  private long count;

  void add(int instances) {
    count += instances;
  }

  public long count() {
    return count;
  }
}
