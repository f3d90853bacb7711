package dev.ecsim.reports.compare;

import dev.ecsim.reports.compare.Comparison.Row;
import dev.ecsim.reports.compare.Comparison.Unit;
import dev.ecsim.reports.compare.Comparison.Verdict;
import dev.ecsim.reports.summary.FigureFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * The comparison's figures and verdicts as people read them, the same in the text table and in
 * compare.html, by the rule of {@link FigureFormat} that report.html and {@code ecsim run} share:
 * "$12.34", "$12.34 ± 0.56" with replications (the half-width in the figure's unit and decimals),
 * "0.0082 %" for a small share, a dash for a figure a scenario lacks or that does not apply to it
 * ({@link dev.ecsim.reports.summary.Applicability}: instances where none ran).
 */
public final class ComparisonFormat {
  private ComparisonFormat() {}

  public static final String MISSING = "-";
  public static final String PLUS_MINUS = " ± ";

  /** The cell of {@code column} in {@code row}. */
  public static String cell(Row row, int column) {
    return cell(row.values().get(column), row.halfWidths().get(column), row.unit());
  }

  public static String cell(OptionalDouble value, Unit unit) {
    return cell(value, OptionalDouble.empty(), unit);
  }

  public static String cell(OptionalDouble value, OptionalDouble halfWidth, Unit unit) {
    if (value.isEmpty()) {
      return MISSING;
    }
    double v = value.getAsDouble();
    if (halfWidth.isEmpty()) {
      return switch (unit) {
        case USD -> FigureFormat.usd(v);
        case PERCENT -> FigureFormat.number(v) + " %";
        case COUNT -> FigureFormat.count(v);
        case HOURS -> FigureFormat.number(v) + " h";
        case SECONDS -> FigureFormat.number(v) + " s";
      };
    }
    double h = halfWidth.getAsDouble();
    return switch (unit) {
      case USD -> FigureFormat.usd(v) + PLUS_MINUS + FigureFormat.usdHalfWidth(v, h);
      case PERCENT -> FigureFormat.number(v, h) + " %";
      case COUNT -> FigureFormat.number(v, h);
      case HOURS -> FigureFormat.number(v, h) + " h";
      case SECONDS -> FigureFormat.number(v, h) + " s";
    };
  }

  /**
   * The verdict lines, without line ends: the cheapest scenario; then the best service SLO when
   * any scenario has a service and the best job SLO when any has a job (or one line saying there
   * is neither). See {@link Ranking} for the rule and "not distinguishable at 95 %".
   */
  public static List<String> verdicts(Comparison c) {
    List<String> lines = new ArrayList<>();
    lines.add("cheapest: " + describe(c, c.cheapest(), false, "n/a"));
    if (c.hasServices()) {
      lines.add("best service SLO: " + describe(c, c.bestServiceSlo(), true, "n/a (no service is in every scenario)"));
    }
    if (c.hasJobs()) {
      lines.add("best job SLO: " + describe(c, c.bestJobSlo(), true, "n/a (no job is in every scenario)"));
    }
    if (!c.hasServices() && !c.hasJobs()) {
      lines.add("best SLO: n/a (the scenarios have no services or jobs)");
    }
    return lines;
  }

  /**
   * "b ($9.75)", "a, b, tied ($2.00)", "b (job etl: wait p95 20.0 s)", and with scenarios the
   * paired test cannot tell from the winner "; not distinguishable at 95 % from a ($10.00 ± 0.50)".
   */
  private static String describe(Comparison c, Optional<Verdict> verdict, boolean labelled, String none) {
    if (verdict.isEmpty()) {
      return none;
    }
    Verdict v = verdict.get();
    List<String> winners = c.names(v.winners());
    String names = winners.size() == 1 ? winners.get(0) : String.join(", ", winners) + ", tied";
    StringBuilder b = new StringBuilder(names).append(" (");
    if (labelled) {
      Row first = v.basis().get(0);
      b.append(first.group().isEmpty() ? "" : first.group() + ": ")
          .append(join(v.basis(), r -> r.label() + " " + cell(r, v.winners().get(0))));
    } else {
      b.append(join(v.basis(), r -> cell(r, v.winners().get(0))));
    }
    b.append(')');
    if (!v.notDistinguishable().isEmpty()) {
      List<String> others = new ArrayList<>();
      for (int other : v.notDistinguishable()) {
        others.add(c.columns().get(other) + " (" + join(v.basis(), r -> cell(r, other)) + ")");
      }
      b.append("; not distinguishable at 95 % from ").append(String.join(", ", others));
    }
    return b.toString();
  }

  private static String join(List<Row> rows, Function<Row, String> text) {
    return String.join(", ", rows.stream().map(text).toList());
  }
}
