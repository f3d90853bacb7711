package dev.ecsim.engine;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * A run stopped because what it holds reached a limit: the scenario asks for more than a run may
 * hold, which is the user's to change, not a fault of the program. The message is one line that
 * names the figure that grew, when in simulated time, and what to change.
 */
public final class ResourceLimitException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  /** Which of several runs stopped (its scenario's place in the list, and its replication), or -1. */
  private final int scenario;
  private final int replication;

  public ResourceLimitException(long atMillis, String what) {
    this("the run stopped at " + clock(atMillis) + ": " + what, -1, -1);
  }

  private ResourceLimitException(String message, int scenario, int replication) {
    // No stack trace: it is never printed, and filling one in needs memory the run may not have.
    super(message, null, false, false);
    this.scenario = scenario;
    this.replication = replication;
  }

  /**
   * The same stop, known to be replication {@code replication} of the {@code scenario}-th of several
   * scenarios played together (a sweep's points, compare's files), so the command can name the run.
   */
  public ResourceLimitException inRun(int scenario, int replication) {
    return new ResourceLimitException(getMessage(), scenario, replication);
  }

  /** The same stop, its message led by the run's name, e.g. "sweep point 2 (x=4), seed 8: the run ...". */
  public ResourceLimitException named(String run) {
    return new ResourceLimitException(run + ": " + getMessage(), scenario, replication);
  }

  /** The scenario's place among those played together, when known ({@link #inRun}). */
  public OptionalInt scenario() {
    return scenario < 0 ? OptionalInt.empty() : OptionalInt.of(scenario);
  }

  /** The replication (0 for the scenario's own seed), when known ({@link #inRun}). */
  public OptionalInt replication() {
    return replication < 0 ? OptionalInt.empty() : OptionalInt.of(replication);
  }

  /** Simulated time as days and a clock, e.g. {@code 12d 04:05:06}. */
  public static String clock(long millis) {
    long seconds = millis / 1000;
    return String.format(Locale.ROOT, "%dd %02d:%02d:%02d", seconds / 86_400, seconds / 3_600 % 24, seconds / 60 % 60,
        seconds % 60);
  }
}
