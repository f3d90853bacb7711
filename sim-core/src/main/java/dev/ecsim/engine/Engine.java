package dev.ecsim.engine;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * The discrete-event engine: a clock in milliseconds, an event queue and named random streams. It
 * knows nothing of ECS. The clock moves only in {@link #advanceTo}, before the event at that time
 * fires, so an event always sees its own time as {@link #now()}.
 */
public final class Engine {
  private final EventQueue queue = new EventQueue();
  private final RandomStreams random;
  private long now;
  private long nextSequence;
  private long eventsFired;
  private Runnable watch;

  /** Events between two calls of the watch: often enough to stop a runaway run early, rarely enough to cost nothing. */
  public static final int WATCH_EVERY_EVENTS = 4096;

  public Engine(long seed) {
    this.random = new RandomStreams(seed);
  }

  /** Current simulated time in milliseconds since the start of the run. */
  public long now() {
    return now;
  }

  public long eventsFired() {
    return eventsFired;
  }

  public int pendingEvents() {
    return queue.size();
  }

  /** Schedules {@code event} at absolute time {@code atMillis}; the past is refused. */
  public ScheduledEvent schedule(long atMillis, Event event) {
    if (atMillis < now) {
      throw new IllegalArgumentException(
          "cannot schedule an event at " + atMillis + " ms: the clock is already at " + now + " ms");
    }
    ScheduledEvent scheduled = new ScheduledEvent(atMillis, nextSequence++, event);
    queue.add(scheduled);
    return scheduled;
  }

  public ScheduledEvent scheduleAfter(long delayMillis, Event event) {
    if (delayMillis < 0) {
      throw new IllegalArgumentException("cannot schedule an event " + delayMillis + " ms in the past");
    }
    return schedule(now + delayMillis, event);
  }

  /** Removes a queued event; false if it already fired or was cancelled. */
  public boolean cancel(ScheduledEvent event) {
    return queue.remove(event);
  }

  /** Fires the next event, if any. */
  public boolean step() {
    if (queue.isEmpty()) {
      return false;
    }
    ScheduledEvent next = queue.poll();
    advanceTo(next.time);
    eventsFired++;
    next.event.fire();
    if (watch != null && eventsFired % WATCH_EVERY_EVENTS == 0) {
      watch.run();
    }
    return true;
  }

  /**
   * Fires every event due at or before {@code horizonMillis}, then moves the clock to the horizon.
   * Events after the horizon stay queued.
   */
  public void runUntil(long horizonMillis) {
    if (horizonMillis < now) {
      throw new IllegalArgumentException(
          "cannot run until " + horizonMillis + " ms: the clock is already at " + now + " ms");
    }
    while (!queue.isEmpty() && queue.peek().time <= horizonMillis) {
      step();
    }
    advanceTo(horizonMillis);
  }

  /**
   * Calls {@code check} after every {@link #WATCH_EVERY_EVENTS}th event; it stops the run by
   * throwing (a run that has grown past what it may hold).
   */
  public void watch(Runnable check) {
    this.watch = check;
  }

  /** The named random stream; see {@link RandomStreams}. */
  public RandomGenerator rng(String name) {
    return random.stream(name);
  }

  public long seed() {
    return random.seed();
  }

  private void advanceTo(long time) {
    if (time < now) {
      throw new IllegalStateException("clock would go back from " + now + " ms to " + time + " ms");
    }
    now = time;
  }
}
