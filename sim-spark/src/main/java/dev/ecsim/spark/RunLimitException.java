package dev.ecsim.spark;

/**
 * A run of the job reached a limit of what a run may hold: the first such run's one line, which
 * the command prints as {@code ecsim sweep} prints it, with the same exit code 4.
 */
final class RunLimitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  RunLimitException(String message) {
    super(message, null, false, false);
  }
}
