package dev.ecsim.reports.html;

import java.util.List;

/**
 * A chart on a page of charts under headings (compare.html, sweep.html): consecutive charts of one
 * group share its heading.
 *
 * @param group the heading it stands under, e.g. "Cost and cluster" or "Service web"
 * @param image the rendered chart
 */
public record GroupedChart(String group, ChartImage image) {

  /** The charts under an h2 "Charts", an h3 wherever the group changes; nothing for no charts. */
  static void appendAll(StringBuilder html, List<GroupedChart> charts) {
    if (charts.isEmpty()) {
      return;
    }
    html.append("<h2>Charts</h2>\n");
    String group = null;
    for (GroupedChart chart : charts) {
      if (!chart.group().equals(group)) {
        group = chart.group();
        html.append("<h3>").append(HtmlReport.esc(group)).append("</h3>\n");
      }
      HtmlReport.appendChart(html, chart.image());
    }
  }
}
