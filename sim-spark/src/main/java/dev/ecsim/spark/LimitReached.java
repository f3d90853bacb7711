package dev.ecsim.spark;

/**
 * What a task sends back for a run that reached a limit of what a run may hold ({@link
 * dev.ecsim.engine.ResourceLimitException}: tasks alive at once, memory): the run's number and the
 * limit's one line. Sent back rather than thrown, as Spark would play a thrown run again, up to
 * {@code spark.task.maxFailures} times, to reach the same limit each time.
 */
final class LimitReached implements Played {
  private static final long serialVersionUID = 1L;

  private final int run;
  private final String message;

  LimitReached(int run, String message) {
    this.run = run;
    this.message = message;
  }

  @Override
  public int run() {
    return run;
  }

  /** The limit's one line, as {@code ecsim sweep} prints it after "ecsim: ". */
  String message() {
    return message;
  }
}
