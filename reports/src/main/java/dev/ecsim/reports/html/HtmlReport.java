package dev.ecsim.reports.html;

import dev.ecsim.metrics.EventRecord;
import dev.ecsim.metrics.EventType;
import dev.ecsim.metrics.RunResult;
import dev.ecsim.metrics.Summary;
import dev.ecsim.reports.summary.RunFacts;
import dev.ecsim.metrics.Replicated;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.StringEscapeUtils;

/**
 * {@code report.html}: one self-contained page that opens offline and can be mailed as one file. No
 * scripts and no external resources: the CSS is inline and each chart is a base64 PNG. Figures are
 * read from the replications' summaries through their record components, so a replicated run shows
 * its means and confidence intervals; every piece of text from the scenario or the run is
 * HTML-escaped.
 */
public final class HtmlReport {
  private HtmlReport() {}

  /**
   * A longer list buries the page (a week of cluster auto scaling launches and terminates hundreds
   * of instances); the full log is events.csv.
   */
  static final int MAX_EVENTS = 50;

  /**
   * Rows of the day-by-day section over the whole run: enough for a week of scaling (hundreds of
   * activities), while a million placement failures stay in events.csv.
   */
  public static final int MAX_DAY_ROWS = 1_000;

  static final String CSS =
      """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:1060px;\
margin:2rem auto;padding:0 1rem;color:#222;line-height:1.45}
h1{margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}
h3{margin-top:1.8rem}
.description{font-size:1.1rem;color:#444}.meta{color:#666}
table{border-collapse:collapse;margin:.5rem 0}
th,td{padding:.25rem .7rem;border-bottom:1px solid #eee;text-align:left;vertical-align:top}
td{font-variant-numeric:tabular-nums}
table.headline td,table.entities td{text-align:right;white-space:nowrap}
tr.group th{background:#f3f3f3;font-size:.95rem}
table.entities{font-size:.92rem}table.events{font-size:.88rem}
table.events td:first-child{white-space:nowrap;font-variant-numeric:tabular-nums}
details{margin:.3rem 0}summary{cursor:pointer}
figure{margin:1.2rem 0}figure img{max-width:100%;height:auto;border:1px solid #eee}
figcaption{color:#555;font-size:.9rem}
""";

  public static String render(RunResult result, Replicated<Summary> summaries, RunFacts facts,
      List<ChartImage> charts) {
    return render(result, EventCounts.of(result.events()), summaries, facts, charts);
  }

  /**
   * @param events the counts of the run's whole event log, of which {@code result} keeps at least
   *     the first {@link #MAX_DAY_ROWS} of each type (see {@code ReportEvents})
   */
  public static String render(RunResult result, EventCounts events, Replicated<Summary> summaries, RunFacts facts,
      List<ChartImage> charts) {
    SummaryFigures figures = new SummaryFigures(summaries);
    String name = nonBlank(result.scenarioName()).or(() -> nonBlank(summaries.first().scenario()))
        .orElse("ecsim run");
    StringBuilder html = new StringBuilder(64 * 1024);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(esc(name))
        .append(" – ecsim report</title>\n")
        .append("<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n")
        .append("<h1>")
        .append(esc(name))
        .append("</h1>\n");
    nonBlank(result.scenarioDescription())
        .ifPresent(d -> html.append("<p class=\"description\">").append(esc(d)).append("</p>\n"));
    html.append("<p class=\"meta\">").append(esc(runFacts(summaries, facts))).append("</p>\n");

    html.append("<h2>Headline figures</h2>\n");
    PlacementFailureFinding.of(figures).ifPresent(t -> html.append("<p class=\"finding\">").append(esc(t)).append("</p>\n"));
    html.append(SummaryTables.headline(figures));
    SummaryTables.services(figures).ifPresent(t -> html.append("<h2>Services</h2>\n").append(t));
    SummaryTables.jobs(figures).ifPresent(t -> html.append("<h2>Jobs</h2>\n").append(t));
    SummaryTables.startLatency(figures)
        .ifPresent(
            t ->
                html.append("<h2>Task start latency</h2>\n")
                    .append("<p>From createdAt to startedAt, per capacity provider: waiting for ")
                    .append("capacity, the image pull and the containers' start.</p>\n")
                    .append(t));

    if (!charts.isEmpty()) {
      html.append("<h2>Charts</h2>\n");
      charts.stream()
          .filter(c -> c.section() == ChartImage.Section.RUN)
          .forEach(c -> appendChart(html, c));
      List<ChartImage> services =
          charts.stream().filter(c -> c.section() == ChartImage.Section.SERVICES).toList();
      if (!services.isEmpty()) {
        html.append("<h3 id=\"service-charts\">Services</h3>\n");
        services.forEach(c -> appendChart(html, c));
      }
    }
    appendEvents(html, result.events(), events);
    return html.append("</body>\n</html>\n").toString();
  }

  static String esc(String text) {
    return StringEscapeUtils.escapeHtml4(text);
  }

  /**
   * "Seed 42 · 5 replications · horizon 7.0 d · ...", with a note on ± when there are replications.
   */
  private static String runFacts(Replicated<Summary> summaries, RunFacts run) {
    Summary first = summaries.first();
    StringBuilder facts = new StringBuilder("Seed ").append(first.seed());
    int replications = summaries.count();
    sep(facts).append(HumanFormat.count(replications)).append(replications == 1 ? " replication" : " replications");
    sep(facts).append("horizon ").append(HumanFormat.duration(first.horizonSeconds()));
    sep(facts).append(HumanFormat.count(summaries.estimate(Summary::events).mean())).append(" simulated events");
    sep(facts).append("simulated in ").append(HumanFormat.duration(run.wallMillis() / 1000.0));
    if (replications > 1) {
      sep(facts)
          .append(
              "figures are means over the replications; ± is the half-width of the 95% confidence")
          .append(" interval");
    }
    return facts.toString();
  }

  private static StringBuilder sep(StringBuilder facts) {
    return facts.length() == 0 ? facts : facts.append(" · ");
  }

  static void appendChart(StringBuilder html, ChartImage chart) {
    html.append("<figure id=\"chart-")
        .append(esc(chart.name()))
        .append("\">\n")
        .append("<img alt=\"")
        .append(esc(chart.title()))
        .append("\" src=\"data:image/png;base64,")
        .append(Base64.getEncoder().encodeToString(chart.png()))
        .append("\">\n")
        .append("<figcaption>")
        .append(esc(chart.title()))
        .append("</figcaption>\n")
        .append("</figure>\n");
  }

  private static void appendEvents(StringBuilder html, List<EventRecord> events, EventCounts counts) {
    html.append("<h2>Events worth reading</h2>\n");
    int total = counts.total();
    if (total == 0) {
      html.append("<p>The run recorded no events.</p>\n");
      return;
    }
    EventSelection selection = EventSelection.of(events, counts, MAX_EVENTS);
    html.append("<p class=\"meta\">events.csv holds ")
        .append(HumanFormat.count(total))
        .append(total == 1 ? " event: " : " events: ");
    String separator = "";
    for (Map.Entry<EventType, Integer> type : selection.countsByType().entrySet()) {
      html.append(separator)
          .append(HumanFormat.count(type.getValue()))
          .append(' ')
          .append(esc(type.getKey().name()));
      separator = " &middot; ";
    }
    html.append(".</p>\n");
    if (selection.shown().isEmpty()) {
      html.append(
          "<p>No scaling decisions, deployments, stopped tasks or placement failures.</p>\n");
      return;
    }
    html.append("<p>Scaling decisions, deployments, stopped tasks and placement failures");
    if (selection.leftOut() > 0) {
      html.append(", the first ")
          .append(HumanFormat.count(selection.shown().size()))
          .append(" of ")
          .append(HumanFormat.count(selection.worthReading()))
          .append("; ")
          .append(HumanFormat.count(selection.leftOut()))
          .append(" more are in events.csv");
    }
    html.append(".</p>\n");
    appendEventTable(html, selection.shown());
    if (selection.leftOut() > 0) {
      appendEventDays(html, EventDays.of(events, counts, MAX_DAY_ROWS));
    }
  }

  private static void appendEventTable(StringBuilder html, List<EventRecord> events) {
    html.append("<table class=\"events\">\n<tr><th scope=\"col\">Time</th>")
        .append("<th scope=\"col\">Type</th><th scope=\"col\">Source</th>")
        .append("<th scope=\"col\">Message</th></tr>\n");
    for (EventRecord e : events) {
      html.append("<tr><td>")
          .append(esc(HumanFormat.clock(e.timeMillis())))
          .append("</td><td>")
          .append(esc(e.type().name()))
          .append("</td><td>")
          .append(esc(e.source()))
          .append("</td><td>")
          .append(esc(e.message()))
          .append("</td></tr>\n");
    }
    html.append("</table>\n");
  }

  /**
   * Every event worth reading, one collapsed section per simulated day (HTML's own details
   * element: no script), so a reader can follow one day's scaling without the list above
   * choosing for them.
   */
  private static void appendEventDays(StringBuilder html, EventDays days) {
    html.append("<h3>Day by day</h3>\n<p>");
    if (days.listed() < days.total()) {
      html.append("The first ")
          .append(HumanFormat.count(days.listed()))
          .append(" of the ")
          .append(HumanFormat.count(days.total()))
          .append(" events worth reading, by day; later days give their counts, and events.csv has them all.");
    } else {
      html.append("All ").append(HumanFormat.count(days.total())).append(" events worth reading, by day.");
    }
    html.append("</p>\n");
    for (EventDays.Day day : days.days()) {
      html.append("<details><summary>Day ")
          .append(day.day() + 1)
          .append(": ")
          .append(HumanFormat.count(day.count()))
          .append(day.count() == 1 ? " event" : " events");
      String separator = " (";
      for (Map.Entry<EventType, Integer> type : day.countsByType().entrySet()) {
        html.append(separator)
            .append(HumanFormat.count(type.getValue()))
            .append(' ')
            .append(esc(type.getKey().name()));
        separator = " &middot; ";
      }
      html.append(")</summary>\n");
      if (day.listed().size() < day.count()) {
        html.append("<p class=\"meta\">")
            .append(day.listed().isEmpty() ? "None listed" : "The first " + HumanFormat.count(day.listed().size()))
            .append(" here; the rest are in events.csv.</p>\n");
      }
      if (!day.listed().isEmpty()) {
        appendEventTable(html, day.listed());
      }
      html.append("</details>\n");
    }
  }

  private static Optional<String> nonBlank(String text) {
    return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
  }
}
