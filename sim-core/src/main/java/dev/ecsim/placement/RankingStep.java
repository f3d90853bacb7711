package dev.ecsim.placement;

import java.util.List;

/** One strategy rule applied to the tied candidates: which instance ids it kept, and why. */
public record RankingStep(String rule, List<String> kept, String why) {}
