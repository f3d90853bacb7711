package dev.ecsim.reports.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Keeps a long list of named amounts readable (bars of a chart, entries of a legend): the largest
 * ones by name, the rest summed into one. Pure function; the folded amounts add up to what they
 * replace, so a chart's bars still add up to its total.
 */
public final class Folding {
  private Folding() {}

  /** A named amount. */
  public record Entry(String name, double value) {}

  /**
   * @param kept the largest entries, largest first (ties by name)
   * @param folded the names summed into one, by name; empty when nothing was folded
   * @param foldedSum their sum; 0 when nothing was folded
   */
  public record Folded(List<Entry> kept, List<String> folded, double foldedSum) {
    public Folded {
      kept = List.copyOf(kept);
      folded = List.copyOf(folded);
    }
  }

  /**
   * The {@code keep} largest of {@code values} and the rest summed; everything kept when at most
   * one would be folded, because a bar "1 other" hides a name and saves nothing.
   */
  public static Folded largest(Map<String, Double> values, int keep) {
    if (keep < 1) {
      throw new IllegalArgumentException("keep must be at least 1, was " + keep);
    }
    List<Entry> sorted = new ArrayList<>();
    values.forEach((name, value) -> sorted.add(new Entry(name, value)));
    sorted.sort(
        Comparator.comparingDouble(Entry::value).reversed().thenComparing(Entry::name));
    if (sorted.size() <= keep + 1) {
      return new Folded(sorted, List.of(), 0);
    }
    List<Entry> rest = sorted.subList(keep, sorted.size());
    double sum = 0;
    for (Entry e : rest) {
      sum += e.value();
    }
    List<String> names = new ArrayList<>(rest.stream().map(Entry::name).toList());
    names.sort(Comparator.naturalOrder());
    return new Folded(sorted.subList(0, keep), names, sum);
  }
}
