package dev.ecsim.scenario;

import java.util.Locale;

/**
 * An enum constant as the scenario file spells it: lower case with hyphens ({@code ON_DEMAND} is
 * {@code on-demand}, {@code FARGATE_SPOT} is {@code fargate-spot}), as ECS spells these values.
 */
public interface Spelled {
  String name();

  default String spelling() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
