package dev.ecsim.cli;

import dev.ecsim.reports.compare.Comparison;
import dev.ecsim.reports.compare.Comparison.Row;
import dev.ecsim.reports.compare.ComparisonFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The side-by-side table {@code ecsim compare} prints: a column per scenario, figures right-aligned
 * ("$12.34 ± 0.56" with replications), rows under their headings, a dash where a scenario has no
 * such figure; then the verdict lines. Cells and verdicts read as in compare.html ({@link
 * ComparisonFormat}).
 */
final class ComparisonText {
  private ComparisonText() {}

  static final String MISSING = ComparisonFormat.MISSING;

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
        line[c + 1] = ComparisonFormat.cell(row, c);
      }
      lines.add(line);
    }
    StringBuilder b = new StringBuilder();
    align(b, lines);
    b.append(verdicts(comparison));
    return b.toString();
  }

  /** "cheapest: ...", "best service SLO: ..." and "best job SLO: ..." lines. */
  static String verdicts(Comparison comparison) {
    StringBuilder b = new StringBuilder();
    ComparisonFormat.verdicts(comparison).forEach(line -> b.append(line).append('\n'));
    return b.toString();
  }

  static String cell(OptionalDouble value, Comparison.Unit unit) {
    return ComparisonFormat.cell(value, unit);
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
