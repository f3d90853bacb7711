package dev.ecsim.scenario.yaml;

/** A 1-based line and column in a scenario file. */
public record SourceLocation(int line, int column) {
  public static final SourceLocation START = new SourceLocation(1, 1);
}
