package dev.ecsim.scenario;

/** One problem in a scenario file, printed as {@code FILE:LINE:COL: path: message}. */
public record ValidationIssue(String file, int line, int column, String path, String message) {

  public String format() {
    String where = file + ":" + line + ":" + column + ": ";
    return path.isEmpty() ? where + message : where + path + ": " + message;
  }

  @Override
  public String toString() {
    return format();
  }
}
