package dev.ecsim.scenario.yaml;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean" suggestions for misspelt names, by edit distance. */
public final class Names {
  private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

  /** Shorter parts than this match too much to suggest anything ("id", "cpu"). */
  private static final int MIN_PART = 4;

  private Names() {}

  /**
   * The candidates close to {@code name}, closest first, at most {@code max}: those within a third
   * of its length in edits; failing any, those that contain it whole, shortest first, so a name
   * written short ("targetTracking", "metric") finds the AWS name it is part of
   * ("TargetTrackingScaling", "predefinedMetric").
   */
  public static List<String> closest(String name, Collection<String> candidates, int max) {
    String lower = name.toLowerCase(Locale.ROOT);
    int limit = Math.max(2, name.length() / 3);
    List<String> near = candidates.stream()
        .filter(c -> distance(lower, c) <= limit)
        .sorted(Comparator.comparingInt((String c) -> distance(lower, c)).thenComparing(c -> c))
        .limit(max)
        .toList();
    if (!near.isEmpty() || lower.length() < MIN_PART) {
      return near;
    }
    return candidates.stream()
        .filter(c -> c.toLowerCase(Locale.ROOT).contains(lower))
        .sorted(Comparator.comparingInt(String::length).thenComparing(c -> c))
        .limit(max)
        .toList();
  }

  /** "; did you mean 'x'?" or the empty string. */
  public static String didYouMean(String name, Collection<String> candidates) {
    List<String> close = closest(name, candidates, 1);
    return close.isEmpty() ? "" : "; did you mean '" + close.get(0) + "'?";
  }

  /** 'a', 'b', 'c' for messages. */
  public static String quoted(Collection<String> names) {
    return names.isEmpty() ? "(none)" : String.join(", ", names.stream().map(n -> "'" + n + "'").toList());
  }

  private static int distance(String lowerName, String candidate) {
    return DISTANCE.apply(lowerName, candidate.toLowerCase(Locale.ROOT));
  }
}
