package dev.ecsim.scenario;

/**
 * One problem in a scenario file (or a file it names), printed as {@code FILE:LINE:COL: path: message};
 * also a note, which is not a problem.
 */
public record ValidationIssue(String file, int line, int column, String path, String message) {

  public String format() {
    String where = file + ":" + line + ":" + column + ": ";
    return path.isEmpty() ? where + message : where + path + ": " + message;
  }

  /** As a note rather than a problem: {@code FILE:LINE:COL: note: path: message}. */
  public String formatAsNote() {
    String where = file + ":" + line + ":" + column + ": note: ";
    return path.isEmpty() ? where + message : where + path + ": " + message;
  }

  @Override
  public String toString() {
    return format();
  }
}
