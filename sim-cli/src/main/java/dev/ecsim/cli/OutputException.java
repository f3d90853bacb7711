package dev.ecsim.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * The output could not be written: the scenario was fine, the place it was to go was not (not
 * writable, holding files ecsim did not write, a full disk). Its own exit code, 3, so a script can
 * tell it from invalid input (2) and from ecsim's own faults (1); the message gives the operating
 * system's reason.
 */
final class OutputException extends RuntimeException {
  OutputException(String what, IOException cause) {
    super(what + ": " + reason(cause), cause);
  }

  /** The OS's reason in words: Java's file exceptions often carry only the path. */
  static String reason(IOException e) {
    String why = e instanceof AccessDeniedException ? "permission denied"
        : e instanceof NoSuchFileException ? "no such file or directory"
        : e instanceof NotDirectoryException ? "not a directory"
        : e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
        : null;
    if (why == null) {
      return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
    String file = e instanceof FileSystemException fs && fs.getFile() != null ? " (" + fs.getFile() + ")" : "";
    return why + file;
  }
}
