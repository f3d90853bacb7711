package dev.ecsim.cli;

/** An option value that parsed but makes no sense for this scenario; exit code 2. */
final class InvalidOptionException extends RuntimeException {
  InvalidOptionException(String message) {
    super(message);
  }
}
