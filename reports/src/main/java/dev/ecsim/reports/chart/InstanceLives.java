package dev.ecsim.reports.chart;

import dev.ecsim.metrics.EventFacts;
import dev.ecsim.metrics.EventRecord;
import dev.ecsim.metrics.EventType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The EC2 instances of a run and when each launched, registered and terminated, read out of the
 * event log by pure functions (the run keeps no instance list). sim-core logs a registration under
 * the capacity provider and a termination, each naming the instance in its facts (its type, zone
 * and launch time). An instance still booting when the run ended never registered, ran no task and
 * is not listed.
 */
public final class InstanceLives {
  private InstanceLives() {}

  /** sim-core's event type for an instance joining the cluster. */
  public static final EventType REGISTERED = EventType.INSTANCE_REGISTERED;

  /** One instance: where it ran and from when to when (milliseconds since the start). */
  public record InstanceLife(
      String id,
      String provider,
      String type,
      String zone,
      long launchedAt,
      long registeredAt,
      OptionalLong terminatedAt) {

    /** When it stopped counting: its termination, else the end of the run. */
    public long endOr(long runEndMillis) {
      return terminatedAt.orElse(runEndMillis);
    }
  }

  /** Every instance that registered, by launch time (then registration order). */
  public static List<InstanceLife> fromEvents(List<EventRecord> events) {
    List<InstanceLife> registered = new ArrayList<>();
    Map<String, Long> terminations = new HashMap<>();
    for (EventRecord e : events) {
      if (e.type() == REGISTERED) {
        registration(e).ifPresent(registered::add);
      } else if (e.type() == SpotMarkers.TERMINATED) {
        SpotMarkers.containerInstance(e).ifPresent(id -> terminations.putIfAbsent(id, e.timeMillis()));
      }
    }
    List<InstanceLife> lives = new ArrayList<>();
    for (InstanceLife r : registered) {
      Long end = terminations.get(r.id());
      lives.add(
          new InstanceLife(
              r.id(),
              r.provider(),
              r.type(),
              r.zone(),
              r.launchedAt(),
              r.registeredAt(),
              end == null ? OptionalLong.empty() : OptionalLong.of(end)));
    }
    // A stable sort: instances launched together keep the order they registered in.
    lives.sort(Comparator.comparingLong(InstanceLife::launchedAt));
    return lives;
  }

  /** How many instances registered during the run, without building them. */
  public static int count(List<EventRecord> events) {
    int n = 0;
    for (EventRecord e : events) {
      if (e.type() == REGISTERED && e.facts().instance().isPresent()) {
        n++;
      }
    }
    return n;
  }

  /** The instance a registration names, from launch to registration; empty if it names none. */
  static Optional<InstanceLife> registration(EventRecord e) {
    return e.facts().instance().map(i -> registered(e, i));
  }

  private static InstanceLife registered(EventRecord e, EventFacts.Instance i) {
    return new InstanceLife(
        i.containerInstanceId(),
        e.source(),
        i.instanceType(),
        i.availabilityZone(),
        i.launchedAtMillis(),
        e.timeMillis(),
        OptionalLong.empty());
  }
}
