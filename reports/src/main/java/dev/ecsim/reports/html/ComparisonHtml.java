package dev.ecsim.reports.html;

import static dev.ecsim.reports.html.HtmlReport.esc;

import dev.ecsim.reports.compare.Comparison;
import dev.ecsim.reports.compare.ComparisonFormat;
import dev.ecsim.reports.compare.ComparisonReport;
import java.util.List;

/**
 * {@code compare.html}: the comparison on one self-contained page, like report.html (whose style
 * and chart figures it shares): what every scenario ran with, the verdicts, the side-by-side table
 * and the charts as base64 PNGs. No scripts and no external resources; every name from a scenario
 * is HTML-escaped.
 */
public final class ComparisonHtml {
  private ComparisonHtml() {}

  private static final String CSS = """
      ul.verdicts{font-size:1.05rem}p.rule{color:#555;font-size:.9rem}
      table.entities thead th{text-align:right}table.entities thead th:first-child{text-align:left}
      """;

  public static String render(ComparisonReport report, List<GroupedChart> charts) {
    Comparison c = report.comparison();
    String names = String.join(", ", c.columns());
    StringBuilder html = new StringBuilder(64 * 1024);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(esc(names)).append(" – ecsim comparison</title>\n")
        .append("<style>\n").append(HtmlReport.CSS).append(CSS).append("</style>\n</head>\n<body>\n")
        .append("<h1>Comparison of ").append(c.columns().size()).append(" scenarios</h1>\n")
        .append("<p class=\"description\">").append(esc(names)).append("</p>\n")
        .append("<p class=\"meta\">").append(esc(facts(report))).append("</p>\n");

    html.append("<h2>Verdicts</h2>\n<ul class=\"verdicts\">\n");
    for (String line : ComparisonFormat.verdicts(c)) {
      html.append("<li>").append(esc(line)).append("</li>\n");
    }
    html.append("</ul>\n<p class=\"rule\">").append(esc(rule(c))).append("</p>\n");

    html.append("<h2>Figures</h2>\n").append(table(c));

    GroupedChart.appendAll(html, charts);
    return html.append("</body>\n</html>\n").toString();
  }

  /** "Seeds 7–9 (3 replications per scenario) · 1.0 h simulated per scenario · ..." */
  static String facts(ComparisonReport report) {
    int n = report.comparison().replications();
    StringBuilder facts = new StringBuilder();
    if (n == 1) {
      facts.append("Seed ").append(report.seed()).append(" for every scenario");
    } else {
      facts.append("Seeds ").append(report.seed()).append('–').append(report.seed() + n - 1)
          .append(" for every scenario (").append(n).append(" replications)");
    }
    facts.append(" · ").append(HumanFormat.duration(report.durationMillis() / 1000.0)).append(" simulated each");
    if (n > 1) {
      facts.append(" · figures are means over the replications; ± is the half-width of the 95% confidence interval")
          .append(" · lines over time show the first replication (seed ").append(report.seed()).append(')');
    }
    return facts.toString();
  }

  private static String rule(Comparison c) {
    String slo = "Best service SLO: the fewest requests unserved, ties broken by the least time below the desired "
        + "count; best job SLO: the lowest p95 wait. With several services or jobs in every scenario, the worst "
        + "of them counts; a service or job missing from a scenario is not compared.";
    if (c.replications() == 1) {
      return slo;
    }
    return slo + " Verdicts go by the means; \"not distinguishable at 95 %\" names the scenarios that a paired "
        + "t-test on the per-seed differences (the same seeds in every scenario) cannot tell from the winner at 5 % "
        + "on the figure that decided.";
  }

  private static String table(Comparison c) {
    StringBuilder html = new StringBuilder("<table class=\"entities\">\n<thead><tr><th scope=\"col\"></th>");
    for (String column : c.columns()) {
      html.append("<th scope=\"col\">").append(esc(column)).append("</th>");
    }
    html.append("</tr></thead>\n<tbody>\n");
    String group = "";
    for (Comparison.Row row : c.rows()) {
      if (!row.group().isEmpty() && !row.group().equals(group)) {
        html.append("<tr class=\"group\"><th colspan=\"").append(c.columns().size() + 1).append("\">")
            .append(esc(row.group())).append("</th></tr>\n");
      }
      group = row.group();
      html.append("<tr><th scope=\"row\">").append(esc(row.label())).append("</th>");
      for (int col = 0; col < c.columns().size(); col++) {
        html.append("<td>").append(esc(ComparisonFormat.cell(row, col))).append("</td>");
      }
      html.append("</tr>\n");
    }
    return html.append("</tbody>\n</table>\n").toString();
  }
}
