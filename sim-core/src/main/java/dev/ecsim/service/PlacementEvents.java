package dev.ecsim.service;

import dev.ecsim.metrics.EventFacts;
import dev.ecsim.metrics.EventLog;
import dev.ecsim.metrics.EventType;
import dev.ecsim.placement.Rejection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Logs placement failures the way ECS shows service events: the same message for the same job or
 * service is not repeated until the problem is fixed (none of its tasks waits any more) or 6 hours
 * pass (ECS DG: service-event-messages; docs/ecs-behaviour.md §1.4).
 */
final class PlacementEvents {
  static final long REPEAT_AFTER_MILLIS = 6 * 3_600_000L;

  private final EventLog log;
  private final Map<String, String> lastMessage = new HashMap<>();
  private final Map<String, Long> lastTime = new HashMap<>();

  PlacementEvents(EventLog log) {
    this.log = log;
  }

  /**
   * @param rejection what removed the closest candidate: a resource's code is added to the
   *     sentence, which does not spell it out; a constraint's error the sentence quotes already
   */
  void failed(long now, String owner, Optional<Rejection> rejection, String message) {
    Long at = lastTime.get(owner);
    if (message.equals(lastMessage.get(owner)) && at != null && now - at < REPEAT_AFTER_MILLIS) {
      return;
    }
    lastMessage.put(owner, message);
    lastTime.put(owner, now);
    String text = rejection.filter(Rejection::isResource).map(r -> message + " (" + r.code() + ")").orElse(message);
    log.add(now, EventType.PLACEMENT_FAILURE, owner, text, EventFacts.owner(owner));
  }

  /** Nothing of the owner waits any more: the next failure is news again. */
  void resolved(String owner) {
    lastMessage.remove(owner);
    lastTime.remove(owner);
  }
}
