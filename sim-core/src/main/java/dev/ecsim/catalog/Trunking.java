package dev.ecsim.catalog;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Whether an instance type can raise its awsvpc task limit with ENI trunking
 * (docs/ecs-behaviour.md §1.5, §4.1). Only {@link #SUPPORTED} carries a trunked task count; the
 * other states say why there is none, because "AWS says no" and "we do not know" must stay
 * distinguishable.
 */
public enum Trunking {
  /** In the ECS trunking table with a task count. */
  SUPPORTED("supported"),
  /** The table says n/a: no trunking (T family). */
  NOT_SUPPORTED("not-supported"),
  /** Not in the 2023 trunking list (n/l), e.g. g4dn. */
  UNLISTED("unlisted"),
  /** The type postdates the tables (‡, m7i); its trunk count is unknown. */
  UNKNOWN("unknown");

  private final String jsonName;

  Trunking(String jsonName) {
    this.jsonName = jsonName;
  }

  public String jsonName() {
    return jsonName;
  }

  public static Trunking parse(String text) {
    for (Trunking t : values()) {
      if (t.jsonName.equals(text)) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "unknown trunking '" + text + "'; valid: "
            + Arrays.stream(values()).map(Trunking::jsonName).collect(Collectors.joining(", ")));
  }

  @Override
  public String toString() {
    return jsonName;
  }
}
