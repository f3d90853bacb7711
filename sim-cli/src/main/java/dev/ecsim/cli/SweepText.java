package dev.ecsim.cli;

import dev.ecsim.metrics.Summary;
import dev.ecsim.reports.summary.SummaryFigure;
import dev.ecsim.metrics.Estimate;
import dev.ecsim.metrics.Replicated;
import dev.ecsim.reports.sweep.Sweep;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The grid as a short table for the terminal: the parameter values (headed by their labels), the
 * total cost, and the first service's mean running tasks or else the first job's mean wait, with
 * 95 % half-widths when replicated.
 */
final class SweepText {
  private SweepText() {}

  /** The figure beside the cost and its column heading. */
  private record Second(SummaryFigure figure, String label) {}

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
      row.add("$" + number(point, cost, 4));
      second.ifPresent(f -> row.add(number(point, f.figure(), 1)));
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
          name + " running (avg)"));
    }
    List<String> jobs = first.keys(Summary::jobs);
    return jobs.isEmpty() ? Optional.empty() : Optional.of(new Second(
        SummaryFigure.jobWait(jobs.get(0), "waitSecondsMean", Summary.JobFigures::waitSecondsMean),
        jobs.get(0) + " wait mean (s)"));
  }

  private static String number(Sweep.Point point, SummaryFigure figure, int decimals) {
    Optional<Estimate> e = point.summaries().estimateWhereDefined(figure.read());
    if (e.isEmpty()) {
      return "-";
    }
    String f = "%,." + decimals + "f";
    String s = String.format(Locale.ROOT, f, e.get().mean());
    return e.get().halfWidth().isPresent()
        ? s + " ± " + String.format(Locale.ROOT, f, e.get().halfWidth().getAsDouble()) : s;
  }
}
