package dev.ecsim.cluster;

import java.util.HashMap;
import java.util.Map;

/**
 * The images on one container instance, as the ECS agent keeps them (docs/ecs-behaviour.md §2.4):
 * an image pulled once serves every later task, a second task that needs an image being pulled
 * waits for that pull, and the agent's automated cleanup removes images nothing has used for a
 * while.
 *
 * <p>Cleanup, per the agent's defaults: a cycle every 30 minutes from registration; an image is
 * eligible once it is at least 1 hour old and no container references it, and a stopped task's
 * containers are removed 3 hours after it stops, so an image is free 3 hours after its last task
 * stopped. With {@code prefer-cached} the agent never cleans the cached images. The cap of 5
 * images per cycle is not modelled (an instance rarely holds more idle images than that).
 * Cleanup is worked out when an image is next asked for, so it costs no events.
 */
final class ImageCache {
  static final long CLEANUP_INTERVAL_MILLIS = 30 * 60_000L;
  static final long MINIMUM_AGE_MILLIS = 60 * 60_000L;
  static final long STOPPED_TASK_CLEANUP_MILLIS = 3 * 3_600_000L;

  /** One image on the instance: when its pull finishes, who uses it, when it was last let go. */
  private static final class Entry {
    final long pulledAt;
    final long readyAt;
    int users;
    long lastReleasedAt;

    Entry(long pulledAt, long readyAt) {
      this.pulledAt = pulledAt;
      this.readyAt = readyAt;
      this.lastReleasedAt = pulledAt;
    }
  }

  private final long registeredAt;
  private final boolean cleanup;
  private final Map<String, Entry> images = new HashMap<>();

  ImageCache(long registeredAt, boolean cleanup) {
    this.registeredAt = registeredAt;
    this.cleanup = cleanup;
  }

  /** The image is present, or being pulled, at {@code now} (not removed by a cleanup cycle). */
  boolean has(String image, long now) {
    Entry e = images.get(image);
    if (e != null && removedBy(e, now)) {
      images.remove(image);
      return false;
    }
    return e != null;
  }

  /**
   * A task takes the image from {@code startAt}: pulled then, taking {@code pullMillis}, unless it
   * is present or being pulled. Returns when the image is there.
   */
  long acquire(String image, long startAt, long pullMillis) {
    Entry e = has(image, startAt) ? images.get(image) : null;
    if (e == null) {
      e = new Entry(startAt, startAt + pullMillis);
      images.put(image, e);
    }
    e.users++;
    return Math.max(startAt, e.readyAt);
  }

  void release(String image, long now) {
    Entry e = images.get(image);
    if (e != null && e.users > 0) {
      e.users--;
      e.lastReleasedAt = Math.max(e.lastReleasedAt, now);
    }
  }

  /** The first cleanup cycle at or after the image became eligible has run by {@code now}. */
  private boolean removedBy(Entry e, long now) {
    if (!cleanup || e.users > 0) {
      return false;
    }
    long eligible = Math.max(e.pulledAt + MINIMUM_AGE_MILLIS, e.lastReleasedAt + STOPPED_TASK_CLEANUP_MILLIS);
    long cycles = Math.max(1, (eligible - registeredAt + CLEANUP_INTERVAL_MILLIS - 1) / CLEANUP_INTERVAL_MILLIS);
    return registeredAt + cycles * CLEANUP_INTERVAL_MILLIS <= now;
  }
}
