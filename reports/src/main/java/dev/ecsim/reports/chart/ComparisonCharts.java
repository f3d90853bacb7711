package dev.ecsim.reports.chart;

import dev.ecsim.reports.compare.Comparison;
import dev.ecsim.reports.compare.ComparisonReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;

/**
 * Every chart of {@code ecsim compare}, in the order compare.html shows them, each scenario in the
 * colour of its column throughout. Bars of summary figures (with 95 % error bars when replicated)
 * come from the comparison table; the lines over time from each scenario's first replication.
 * Per service and per job, only those every scenario has (shared) are charted. File names all
 * start with {@value #PREFIX}, so they can sit beside a run's charts.
 */
public final class ComparisonCharts {
  private ComparisonCharts() {}

  static {
    Headless.ensure();
  }

  public static final String PREFIX = "compare-";
  public static final String COST_AND_CLUSTER = "Cost and cluster";

  /**
   * One chart drawn for a comparison.
   *
   * @param group the heading it sits under in compare.html: cost and cluster, a service, a job
   * @param fileName without extension, starting with {@value #PREFIX}
   */
  public record Drawn(String group, String fileName, JFreeChart chart) {
    public String title() {
      return chart.getTitle().getText();
    }
  }

  public static List<Drawn> draw(ComparisonReport report, ChartStyle style) {
    Comparison c = report.comparison();
    List<String> columns = c.columns();
    List<Drawn> drawn = new ArrayList<>();
    c.row(Comparison.TOTAL_COST).ifPresent(r -> drawn.add(new Drawn(COST_AND_CLUSTER, PREFIX + "total-cost",
        ComparisonBarChart.build(c, r, "Total cost", "USD", true, style))));
    add(drawn, COST_AND_CLUSTER, PREFIX + "cumulative-cost",
        ComparisonCumulativeCostChart.build(columns, report.series(), style));
    add(drawn, COST_AND_CLUSTER, PREFIX + "cpu-reservation",
        ComparisonReservationChart.build(columns, report.series(), style));
    for (String service : c.sharedServices()) {
      String group = "Service " + service;
      add(drawn, group, PREFIX + "service-running-" + service,
          ComparisonServiceChart.build(columns, report.series(), service, style));
      bar(drawn, c, group, PREFIX + "service-unserved-" + service, "services." + service + ".unservedRequestPct",
          "Service " + service + ": requests unserved", "percent of requests", style);
      bar(drawn, c, group, PREFIX + "service-below-desired-" + service,
          "services." + service + ".secondsBelowDesired", "Service " + service + ": time below desired count",
          "seconds", style);
    }
    for (String job : c.sharedJobs()) {
      bar(drawn, c, "Job " + job, PREFIX + "job-wait-p95-" + job, "jobs." + job + ".waitSecondsP95",
          "Job " + job + ": p95 wait", "seconds", style);
    }
    return drawn;
  }

  private static void add(List<Drawn> drawn, String group, String fileName, Optional<JFreeChart> chart) {
    chart.ifPresent(ch -> drawn.add(new Drawn(group, fileName, ch)));
  }

  private static void bar(List<Drawn> drawn, Comparison c, String group, String fileName, String figure,
      String title, String yLabel, ChartStyle style) {
    c.row(figure).ifPresent(r -> drawn.add(new Drawn(group, fileName,
        ComparisonBarChart.build(c, r, title, yLabel, false, style))));
  }
}
