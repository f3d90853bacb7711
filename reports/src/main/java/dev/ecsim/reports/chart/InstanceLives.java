package dev.ecsim.reports.chart;

import dev.ecsim.metrics.EventRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The EC2 instances of a run and when each launched, registered and terminated, read out of the
 * event log by pure functions (the run keeps no instance list). sim-core logs a registration under
 * the capacity provider as "i-... (m5.large, us-east-1a) registered as ci-000001 with ... CPU units
 * and ... MiB, 45.0 s after launch" (no delay for an instance the group starts warm) and a
 * termination naming "(ci-000001, ...)". An instance still booting when the run ended never
 * registered, ran no task and is not listed.
 */
public final class InstanceLives {
  private InstanceLives() {}

  /** sim-core's event type for an instance joining the cluster. */
  public static final String REGISTERED = "INSTANCE_REGISTERED";

  private static final Pattern REGISTRATION =
      Pattern.compile(
          "^i-[0-9a-f]+ \\(([^,()]+), ([^,()]+)\\) registered as (ci-[0-9]+)\\b"
              + ".*?(?:, ([0-9.Ee+-]+) s after launch)?$");

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
      if (e.type().equals(REGISTERED)) {
        registration(e).ifPresent(registered::add);
      } else if (e.type().equals(SpotMarkers.TERMINATED)) {
        SpotMarkers.containerInstance(e.message())
            .ifPresent(id -> terminations.putIfAbsent(id, e.timeMillis()));
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
      if (e.type().equals(REGISTERED) && REGISTRATION.matcher(e.message()).matches()) {
        n++;
      }
    }
    return n;
  }

  static Optional<InstanceLife> registration(EventRecord e) {
    Matcher m = REGISTRATION.matcher(e.message());
    if (!m.matches()) {
      return Optional.empty();
    }
    long bootMillis = m.group(4) == null ? 0 : Math.round(Double.parseDouble(m.group(4)) * 1000);
    return Optional.of(
        new InstanceLife(
            m.group(3),
            e.source(),
            m.group(1),
            m.group(2),
            e.timeMillis() - bootMillis,
            e.timeMillis(),
            OptionalLong.empty()));
  }
}
