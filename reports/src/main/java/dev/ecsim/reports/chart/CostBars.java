package dev.ecsim.reports.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The bars of the cost-by-service chart, from summary.json's {@code cost.byService}: one per
 * service or job, costliest first, the cheapest folded into one "other" bar past {@code keep} of
 * them, and the unreserved EC2 cost as "idle", always shown. The bars add up to what byService
 * does, which sim-core makes the total bill. Pure functions.
 */
public final class CostBars {
  private CostBars() {}

  /** sim-core's name for the EC2 cost no task reserved ({@code SummaryBuilder.IDLE}). */
  public static final String IDLE = "idle";

  /** What a bar stands for, which sets its colour. */
  public enum Kind {
    /** One service or job. */
    OWNER,
    /** EC2 capacity that no task reserved. */
    IDLE,
    /** The cheapest services and jobs, summed. */
    OTHER
  }

  public record Bar(String label, double usd, Kind kind) {}

  /**
   * Costliest first (ties by name), idle among them by its cost, the "other" bar last.
   *
   * @param jobs the names in byService that are jobs, to word the "other" bar
   */
  public static List<Bar> of(Map<String, Double> byService, int keep, Set<String> jobs) {
    Map<String, Double> owners = new LinkedHashMap<>(byService);
    Double idle = owners.remove(IDLE);
    Folding.Folded folded = Folding.largest(owners, keep);
    List<Bar> bars = new ArrayList<>();
    folded.kept().forEach(e -> bars.add(new Bar(e.name(), e.value(), Kind.OWNER)));
    if (idle != null) {
      bars.add(new Bar(IDLE, idle, Kind.IDLE));
      bars.sort(Comparator.comparingDouble(Bar::usd).reversed().thenComparing(Bar::label));
    }
    if (!folded.folded().isEmpty()) {
      bars.add(new Bar(TaskOwners.otherLabel(folded.folded(), jobs), folded.foldedSum(), Kind.OTHER));
    }
    return bars;
  }

  /**
   * A bar's label: dollars with cents, or to the hundredth of a cent below a dollar (a two-hour
   * run costs cents), and the share of the total ("$1,200.00 (97.2%)"); no share of a zero total.
   */
  public static String label(double usd, double total) {
    String amount =
        usd != 0 && Math.abs(usd) < 1
            ? String.format(Locale.ROOT, "%.4f", Math.abs(usd))
            : String.format(Locale.ROOT, "%,.2f", Math.abs(usd));
    boolean showsMinus = usd < 0 && !amount.matches("[0.,]+");
    String dollars = (showsMinus ? "-$" : "$") + amount;
    return total > 0
        ? dollars + String.format(Locale.ROOT, " (%.1f%%)", 100 * usd / total)
        : dollars;
  }
}
