package dev.ecsim.reports.html;

import static dev.ecsim.reports.html.HtmlReport.esc;

import dev.ecsim.metrics.Estimate;
import dev.ecsim.metrics.Summary;
import dev.ecsim.reports.compare.Comparison.Unit;
import dev.ecsim.reports.compare.ComparisonFormat;
import dev.ecsim.reports.summary.Applicability;
import dev.ecsim.reports.summary.SummaryFigure;
import dev.ecsim.reports.sweep.Sweep;
import dev.ecsim.reports.sweep.SweepSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * {@code sweep.html}: the sweep on one self-contained page, as compare.html is for a comparison
 * (same style, same number formats): where it came from, the parameters by label and path, a row
 * per grid point with its key figures and their 95 % half-widths, and the sweep's charts as base64
 * PNGs. No scripts and no external resources; every name from the sweep file or a scenario is
 * HTML-escaped. A sweep ranks no point, so the page names no best one: the table is there to read
 * the trade-off between cost and service off.
 */
public final class SweepHtml {
  private SweepHtml() {}

  /** A column of the points table: its heading, the figure and how it reads. */
  record Column(String heading, SummaryFigure figure, Unit unit, double scale) {}

  private static final String CSS = """
      table.entities thead th{text-align:right}table.entities thead th.parameter{text-align:left}
      table.entities td.parameter{text-align:left}code{font-size:.9rem}
      """;

  public static String render(Sweep sweep, SweepSource source, List<GroupedChart> charts) {
    StringBuilder html = new StringBuilder(64 * 1024);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(esc(source.sweepFile())).append(" – ecsim sweep</title>\n")
        .append("<style>\n").append(HtmlReport.CSS).append(CSS).append("</style>\n</head>\n<body>\n")
        .append("<h1>Sweep of ").append(esc(source.scenario())).append("</h1>\n")
        .append("<p class=\"description\">").append(esc(sizes(sweep))).append("</p>\n")
        .append("<p class=\"meta\">").append(esc(facts(sweep))).append("</p>\n")
        .append("<p class=\"meta\">Sweep file ").append(esc(source.sweepFile())).append(" · base scenario ")
        .append(esc(source.scenario())).append(" · <code>").append(esc(source.command())).append("</code></p>\n");

    html.append("<h2>Parameters</h2>\n<table>\n<thead><tr><th scope=\"col\">label</th><th scope=\"col\">path</th>")
        .append("<th scope=\"col\">values</th></tr></thead>\n<tbody>\n");
    for (Sweep.Parameter p : sweep.parameters()) {
      html.append("<tr><th scope=\"row\">").append(esc(p.label())).append("</th><td><code>").append(esc(p.path()))
          .append("</code></td><td>").append(esc(String.join(", ", p.values()))).append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n");

    html.append("<h2>Points</h2>\n").append(table(sweep));

    GroupedChart.appendAll(html, charts);
    return html.append("</body>\n</html>\n").toString();
  }

  /** "6 points (3 targetValue x 2 instanceTypes[0]), 3 replications each". */
  static String sizes(Sweep sweep) {
    List<String> factors = sweep.parameters().stream().map(p -> p.values().size() + " " + p.label()).toList();
    int n = sweep.replications();
    return sweep.points().size() + (sweep.points().size() == 1 ? " point" : " points") + " ("
        + String.join(" × ", factors) + "), " + n + (n == 1 ? " replication" : " replications") + " each";
  }

  /** "Seeds 7–9 at every point · 2.0 h simulated each · ± is ...", as compare.html says it. */
  static String facts(Sweep sweep) {
    if (sweep.points().isEmpty()) {
      return "";
    }
    Summary first = sweep.points().get(0).summaries().first();
    int n = sweep.replications();
    StringBuilder facts = new StringBuilder();
    if (n == 1) {
      facts.append("Seed ").append(first.seed()).append(" at every point");
    } else {
      facts.append("Seeds ").append(first.seed()).append('–').append(first.seed() + n - 1)
          .append(" at every point (common random numbers)");
    }
    facts.append(" · ").append(HumanFormat.duration(first.horizonSeconds())).append(" simulated each");
    if (n > 1) {
      facts.append(" · figures are means over the replications; ± is the half-width of the 95% confidence interval");
    }
    return facts.toString();
  }

  /**
   * The key figures, one column each: total cost and CPU reservation, each service's running tasks
   * and unserved requests, each job's p95 wait; services and jobs of any point, in the order first
   * seen (a point without one shows a dash).
   */
  static List<Column> columns(Sweep sweep) {
    Set<String> services = new LinkedHashSet<>();
    Set<String> jobs = new LinkedHashSet<>();
    for (Sweep.Point point : sweep.points()) {
      services.addAll(point.summaries().keys(Summary::services));
      jobs.addAll(point.summaries().keys(Summary::jobs));
    }
    List<Column> columns = new ArrayList<>(List.of(
        new Column("total cost", SummaryFigure.of("cost.totalUsd", s -> s.cost().totalUsd()), Unit.USD, 1),
        new Column("CPU reservation (avg)",
            SummaryFigure.cluster("cpuReservationAvgPct", Summary.Cluster::cpuReservationAvgPct), Unit.PERCENT, 1)));
    for (String s : services) {
      columns.add(new Column(s + " running (avg)",
          SummaryFigure.service(s, "runningAvg", Summary.ServiceFigures::runningAvg), Unit.COUNT, 1));
      columns.add(new Column(s + " unserved", SummaryFigure.serviceRequests(s, "unservedRequestFraction",
          Summary.ServiceFigures::unservedRequestFraction), Unit.PERCENT, 100));
    }
    for (String j : jobs) {
      columns.add(new Column(j + " wait p95", SummaryFigure.jobWait(j, "waitSecondsP95",
          Summary.JobFigures::waitSecondsP95), Unit.SECONDS, 1));
    }
    return columns;
  }

  /**
   * The cell of one figure at one point: mean ± half-width in the figure's unit, or compare's dash
   * where no replication defines it or it does not apply ({@link Applicability}: CPU reservation
   * where no instance ran).
   */
  static String cell(Sweep.Point point, Column column) {
    Optional<Estimate> e = point.summaries().estimateWhereDefined(Applicability.limit(column.figure()).read());
    if (e.isEmpty()) {
      return ComparisonFormat.MISSING;
    }
    OptionalDouble half = e.get().halfWidth();
    return ComparisonFormat.cell(OptionalDouble.of(e.get().mean() * column.scale()),
        half.isPresent() ? OptionalDouble.of(half.getAsDouble() * column.scale()) : OptionalDouble.empty(),
        column.unit());
  }

  private static String table(Sweep sweep) {
    List<Column> columns = columns(sweep);
    StringBuilder html = new StringBuilder("<table class=\"entities\">\n<thead><tr><th scope=\"col\">#</th>");
    for (Sweep.Parameter p : sweep.parameters()) {
      html.append("<th scope=\"col\" class=\"parameter\">").append(esc(p.label())).append("</th>");
    }
    for (Column c : columns) {
      html.append("<th scope=\"col\">").append(esc(c.heading())).append("</th>");
    }
    html.append("</tr></thead>\n<tbody>\n");
    for (int i = 0; i < sweep.points().size(); i++) {
      Sweep.Point point = sweep.points().get(i);
      html.append("<tr><th scope=\"row\">").append(i + 1).append("</th>");
      for (int p = 0; p < sweep.parameters().size(); p++) {
        html.append("<td class=\"parameter\">").append(esc(sweep.value(point, p))).append("</td>");
      }
      for (Column c : columns) {
        html.append("<td>").append(esc(cell(point, c))).append("</td>");
      }
      html.append("</tr>\n");
    }
    return html.append("</tbody>\n</table>\n").toString();
  }
}
