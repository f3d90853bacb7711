package dev.ecsim.cli;

import dev.ecsim.reports.compare.Comparison;
import dev.ecsim.reports.compare.Comparison.Row;
import dev.ecsim.reports.compare.Comparison.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The side-by-side table {@code ecsim compare} prints: a column per scenario, figures right-aligned,
 * rows under their headings, a dash where a scenario has no such figure; then the verdict lines.
 */
final class ComparisonText {
  private ComparisonText() {}

  static final String MISSING = "-";

  static String format(Comparison comparison) {
    List<String[]> lines = new ArrayList<>();
    int width = comparison.columns().size() + 1;
    String[] header = new String[width];
    header[0] = "";
    for (int c = 0; c < comparison.columns().size(); c++) {
      header[c + 1] = comparison.columns().get(c);
    }
    lines.add(header);
    String group = "";
    for (Row row : comparison.rows()) {
      if (!row.group().isEmpty() && !row.group().equals(group)) {
        lines.add(new String[] {row.group()});
      }
      group = row.group();
      String[] line = new String[width];
      line[0] = (row.group().isEmpty() ? "" : "  ") + row.label();
      for (int c = 0; c < row.values().size(); c++) {
        line[c + 1] = cell(row.values().get(c), row.unit());
      }
      lines.add(line);
    }
    StringBuilder b = new StringBuilder();
    align(b, lines);
    b.append(verdicts(comparison));
    return b.toString();
  }

  /** "cheapest: ..." and "lowest mean job wait: ..." lines. */
  static String verdicts(Comparison comparison) {
    StringBuilder b = new StringBuilder();
    b.append("cheapest: ").append(comparison.cheapest()
        .map(v -> names(v) + " (" + usd(v.value()) + ")").orElse("n/a")).append('\n');
    Optional<Verdict> wait = comparison.lowestMeanJobWait();
    b.append("lowest mean job wait: ").append(wait
        .map(v -> names(v) + " (" + seconds(v.value()) + ")").orElse("n/a (no jobs)")).append('\n');
    return b.toString();
  }

  private static String names(Verdict v) {
    return v.columns().size() == 1 ? v.columns().get(0) : String.join(", ", v.columns()) + ", tied";
  }

  static String cell(OptionalDouble value, Comparison.Unit unit) {
    if (value.isEmpty()) {
      return MISSING;
    }
    double v = value.getAsDouble();
    return switch (unit) {
      case USD -> usd(v);
      case PERCENT -> String.format(Locale.ROOT, "%.1f %%", v);
      case COUNT -> v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", (long) v)
          : String.format(Locale.ROOT, "%,.1f", v);
      case HOURS -> String.format(Locale.ROOT, "%,.1f h", v);
      case SECONDS -> seconds(v);
    };
  }

  /**
   * Cents, except for amounts under a dollar, where four decimals keep small bills apart ($0.0123
   * and $0.0004 would read $0.01 and $0.00); nothing at all is $0.00.
   */
  static String usd(double v) {
    boolean small = v != 0 && Math.abs(v) < 1;
    String digits = String.format(Locale.ROOT, small ? "%.4f" : "%,.2f", Math.abs(v));
    return (v < 0 ? "-$" : "$") + digits;
  }

  private static String seconds(double v) {
    return String.format(Locale.ROOT, "%,.1f s", v);
  }

  /**
   * Label column left-aligned, figure columns right-aligned, two spaces apart. A heading (a row of
   * one cell) stands on its own line and does not widen the label column.
   */
  private static void align(StringBuilder b, List<String[]> rows) {
    int[] width = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int c = 0; c < row.length && row.length > 1; c++) {
        width[c] = Math.max(width[c], row[c].length());
      }
    }
    for (String[] row : rows) {
      if (row.length == 1) {
        b.append(row[0]).append('\n');
        continue;
      }
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < row.length; c++) {
        if (c > 0) {
          line.append("  ");
        }
        String pad = " ".repeat(width[c] - row[c].length());
        line.append(c == 0 ? row[c] + pad : pad + row[c]);
      }
      b.append(line.toString().stripTrailing()).append('\n');
    }
  }
}
