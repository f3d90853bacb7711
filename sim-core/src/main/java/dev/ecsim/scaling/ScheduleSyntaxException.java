package dev.ecsim.scaling;

/** A schedule expression that does not parse; {@link #index} is where in the text the problem is. */
public final class ScheduleSyntaxException extends IllegalArgumentException {
  private final int index;

  public ScheduleSyntaxException(String message, int index) {
    super(message);
    this.index = index;
  }

  /** 0-based character offset into the schedule text. */
  public int index() {
    return index;
  }
}
