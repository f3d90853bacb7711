package dev.ecsim.cli;

import dev.ecsim.metrics.Summary;
import dev.ecsim.reports.compare.Comparison.Unit;
import dev.ecsim.reports.compare.ComparisonFormat;
import dev.ecsim.reports.summary.Applicability;
import dev.ecsim.reports.summary.SummaryFigure;
import dev.ecsim.metrics.Estimate;
import dev.ecsim.metrics.Replicated;
import dev.ecsim.reports.sweep.Sweep;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The grid as a short table for the terminal: the parameter values (headed by their labels), the
 * total cost, and the first service's mean running tasks or else the first job's mean wait, with
 * 95 % half-widths when replicated; figures written as compare writes them.
 */
final class SweepText {
  private SweepText() {}

  /** The figure beside the cost, its column heading and unit. */
  private record Second(SummaryFigure figure, String label, Unit unit) {}

  static String format(Sweep sweep) {
    List<String> header = new ArrayList<>();
    sweep.parameters().forEach(p -> header.add(p.label()));
    header.add("total cost");
    Optional<Second> second = secondFigure(sweep);
    second.ifPresent(f -> header.add(f.label()));
    List<List<String>> rows = new ArrayList<>();
    rows.add(header);
    SummaryFigure cost = SummaryFigure.of("cost.totalUsd", s -> s.cost().totalUsd());
    for (Sweep.Point point : sweep.points()) {
      List<String> row = new ArrayList<>();
      for (int p = 0; p < sweep.parameters().size(); p++) {
        row.add(sweep.value(point, p));
      }
      row.add(cell(point, cost, Unit.USD));
      second.ifPresent(f -> row.add(cell(point, f.figure(), f.unit())));
      rows.add(row);
    }
    int[] widths = new int[header.size()];
    rows.forEach(r -> {
      for (int c = 0; c < r.size(); c++) {
        widths[c] = Math.max(widths[c], r.get(c).length());
      }
    });
    StringBuilder b = new StringBuilder();
    for (List<String> r : rows) {
      StringBuilder line = new StringBuilder(" ");
      for (int c = 0; c < r.size(); c++) {
        line.append(' ').append(String.format(Locale.ROOT, "%-" + widths[c] + "s", r.get(c))).append(' ');
      }
      b.append(line.toString().stripTrailing()).append('\n');
    }
    return b.toString();
  }

  /** The first service's runningAvg, else the first job's waitSecondsMean. */
  private static Optional<Second> secondFigure(Sweep sweep) {
    if (sweep.points().isEmpty()) {
      return Optional.empty();
    }
    Replicated<Summary> first = sweep.points().get(0).summaries();
    List<String> services = first.keys(Summary::services);
    if (!services.isEmpty()) {
      String name = services.get(0);
      return Optional.of(new Second(SummaryFigure.service(name, "runningAvg", Summary.ServiceFigures::runningAvg),
          name + " running (avg)", Unit.COUNT));
    }
    List<String> jobs = first.keys(Summary::jobs);
    return jobs.isEmpty() ? Optional.empty() : Optional.of(new Second(
        SummaryFigure.jobWait(jobs.get(0), "waitSecondsMean", Summary.JobFigures::waitSecondsMean),
        jobs.get(0) + " wait mean", Unit.SECONDS));
  }

  /**
   * A figure at one point as compare writes it ({@code FigureFormat}: "$0.096", "12.5 ± 0.4 s"),
   * with compare's dash where no replication defines it or it does not apply ({@link Applicability}).
   */
  private static String cell(Sweep.Point point, SummaryFigure figure, Unit unit) {
    Optional<Estimate> e = point.summaries().estimateWhereDefined(Applicability.limit(figure).read());
    return e.isEmpty() ? ComparisonFormat.MISSING
        : ComparisonFormat.cell(OptionalDouble.of(e.get().mean()), e.get().halfWidth(), unit);
  }
}
