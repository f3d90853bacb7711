package dev.ecsim.query;

/**
 * A cluster query expression that ECS would reject, located by a 1-based column so the scenario
 * loader can turn it into file:line:column. The message names what was found and what was expected.
 */
public final class QuerySyntaxException extends IllegalArgumentException {
  private final int column;
  private final String detail;

  public QuerySyntaxException(int column, String detail) {
    super("column " + column + ": " + detail);
    if (column < 1) {
      throw new IllegalArgumentException("column must be 1 or more, was " + column);
    }
    this.column = column;
    this.detail = detail;
  }

  public int column() {
    return column;
  }

  /** The message without the "column N: " prefix, for callers that print their own location. */
  public String detail() {
    return detail;
  }
}
