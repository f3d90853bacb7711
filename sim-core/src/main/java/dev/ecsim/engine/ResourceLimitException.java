package dev.ecsim.engine;

import java.util.Locale;

/**
 * A run stopped because what it holds reached a limit: the scenario asks for more than a run may
 * hold, which is the user's to change, not a fault of the program. The message is one line that
 * names the figure that grew, when in simulated time, and what to change.
 */
public final class ResourceLimitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ResourceLimitException(long atMillis, String what) {
    // No stack trace: it is never printed, and filling one in needs memory the run may not have.
    super("the run stopped at " + clock(atMillis) + ": " + what, null, false, false);
  }

  /** Simulated time as days and a clock, e.g. {@code 12d 04:05:06}. */
  public static String clock(long millis) {
    long seconds = millis / 1000;
    return String.format(Locale.ROOT, "%dd %02d:%02d:%02d", seconds / 86_400, seconds / 3_600 % 24, seconds / 60 % 60,
        seconds % 60);
  }
}
