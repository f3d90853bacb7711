package dev.ecsim.service;

import dev.ecsim.metrics.EventFacts;
import dev.ecsim.metrics.EventLog;
import dev.ecsim.metrics.EventType;
import java.util.HashMap;
import java.util.Map;

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

  void failed(long now, String owner, String reason, String message) {
    Long at = lastTime.get(owner);
    if (message.equals(lastMessage.get(owner)) && at != null && now - at < REPEAT_AFTER_MILLIS) {
      return;
    }
    lastMessage.put(owner, message);
    lastTime.put(owner, now);
    // Resource reasons are codes the sentence does not spell out; constraint errors it quotes already.
    log.add(now, EventType.PLACEMENT_FAILURE, owner,
        reason.startsWith("RESOURCE:") ? message + " (" + reason + ")" : message, EventFacts.owner(owner));
  }

  /** Nothing of the owner waits any more: the next failure is news again. */
  void resolved(String owner) {
    lastMessage.remove(owner);
    lastTime.remove(owner);
  }
}
