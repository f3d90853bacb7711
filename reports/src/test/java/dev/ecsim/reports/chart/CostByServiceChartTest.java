package dev.ecsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ecsim.metrics.RunResult;
import dev.ecsim.metrics.Summary;
import dev.ecsim.reports.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;

class CostByServiceChartTest {

  /** Every bar's dollars, whichever series (service or job, idle, other) holds it. */
  private static double barSum(JFreeChart chart) {
    IntervalXYDataset data = (IntervalXYDataset) chart.getXYPlot().getDataset();
    double sum = 0;
    for (int s = 0; s < data.getSeriesCount(); s++) {
      for (int i = 0; i < data.getItemCount(s); i++) {
        sum += data.getYValue(s, i);
      }
    }
    return sum;
  }

  private static List<String> barNames(JFreeChart chart) {
    SymbolAxis axis = (SymbolAxis) chart.getXYPlot().getDomainAxis();
    return List.of(axis.getSymbols());
  }

  @Test
  void theFixturesBarsAddUpToItsTotalBill() {
    JFreeChart chart =
        CostByServiceChart.build(Fixtures.run("d"), ChartStyle.standard()).orElseThrow();

    // etl 1,200 + idle 34.5 = totalUsd 1,234.5.
    assertThat(barNames(chart)).containsExactly("etl", "idle");
    assertThat(barSum(chart)).isEqualTo(1234.5);
    assertThat(chart.getTitle().getText())
        .isEqualTo("Cost by service and job, idle included: $1,234.50 in total");
  }

  @Test
  void aRealRunsBarsAddUpToItsTotalBillToTheSummarysRounding() {
    RunResult run = RealRun.get();
    Summary.Cost cost = run.summary().cost();

    JFreeChart chart = CostByServiceChart.build(run, ChartStyle.standard()).orElseThrow();

    assertThat(barNames(chart)).containsExactlyInAnyOrder("etl", "web", "report", "idle");
    // Each part and the total are rounded to a millionth of a dollar on their own.
    assertThat(barSum(chart)).isCloseTo(cost.totalUsd(), within(4e-6));
    assertThat(cost.byService().get("idle")).isPositive();
  }

  @Test
  void twentyServicesShowTheCostliestFifteenAndOneBarForTheRest() {
    // service-01 costs 1 USD ... service-20 costs 20; idle 7. The five cheapest: 1 + ... + 5 = 15.
    Map<String, Double> byService = new TreeMap<>();
    for (int i = 1; i <= 20; i++) {
      byService.put(String.format("service-%02d", i), (double) i);
    }
    byService.put("idle", 7.0);
    RunResult run = withCost(new Summary.Cost(217, Map.of(), byService, Map.of()));

    JFreeChart chart = CostByServiceChart.build(run, ChartStyle.standard()).orElseThrow();

    List<String> expected = new ArrayList<>();
    for (int i = 20; i >= 8; i--) {
      expected.add(String.format("service-%02d", i));
    }
    // idle ties with service-07 at 7 USD and goes first by name; the folded bar comes last.
    expected.addAll(List.of("idle", "service-07", "service-06", "other 5 services"));
    assertThat(barNames(chart)).containsExactlyElementsOf(expected);
    // 1 + ... + 20 = 210, and idle 7: 217.
    assertThat(barSum(chart)).isEqualTo(217);
    assertThat(chart.getXYPlot().getDataset().getSeriesCount()).isEqualTo(3);
  }

  @Test
  void aRunWithoutCostsByServiceHasNoChart() {
    RunResult run = withCost(new Summary.Cost(0, Map.of(), Map.of(), Map.of()));

    assertThat(CostByServiceChart.build(run, ChartStyle.standard())).isEmpty();
  }

  private static RunResult withCost(Summary.Cost cost) {
    Summary s = Fixtures.summary();
    Summary summary =
        new Summary(
            s.schemaVersion(),
            s.scenario(),
            s.seed(),
            s.replications(),
            s.horizonSeconds(),
            s.events(),
            cost,
            s.cluster(),
            s.tasks(),
            s.services(),
            Map.of(),
            s.spot(),
            s.startLatency());
    return new RunResult("many", "", summary, Fixtures.series(), Fixtures.noTasks(), List.of(), List.of());
  }
}
