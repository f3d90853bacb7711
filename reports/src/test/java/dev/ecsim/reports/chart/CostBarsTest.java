package dev.ecsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ecsim.reports.Fixtures;
import dev.ecsim.reports.chart.CostBars.Bar;
import dev.ecsim.reports.chart.CostBars.Kind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CostBarsTest {

  /** 30 + 12.5 + 20 + 2.25 + 0.5 + 0.25 = 65.5 USD. */
  private static final Map<String, Double> BY_SERVICE =
      Map.of("web", 30.0, "etl", 12.5, "idle", 20.0, "api", 2.25, "batch", 0.5, "cron", 0.25);

  private static final Set<String> JOBS = Set.of("etl", "batch", "cron");

  @Test
  void costliestFirstIdleByItsCostAndTheCheapestFoldedLast() {
    List<Bar> bars = CostBars.of(BY_SERVICE, 3, JOBS);

    // Five services and jobs, three kept: batch 0.5 + cron 0.25 = 0.75, both jobs.
    assertThat(bars)
        .extracting(Bar::label, Bar::usd, Bar::kind)
        .containsExactly(
            tuple("web", 30.0, Kind.OWNER),
            tuple("idle", 20.0, Kind.IDLE),
            tuple("etl", 12.5, Kind.OWNER),
            tuple("api", 2.25, Kind.OWNER),
            tuple("other 2 jobs", 0.75, Kind.OTHER));
    assertThat(bars.stream().mapToDouble(Bar::usd).sum()).isEqualTo(65.5);
  }

  @Test
  void idleIsNeverFoldedAndCountsForNoServiceSlot() {
    List<Bar> bars = CostBars.of(BY_SERVICE, 1, JOBS);

    // web kept; etl 12.5 + api 2.25 + batch 0.5 + cron 0.25 = 15.5, services and jobs mixed.
    assertThat(bars)
        .extracting(Bar::label, Bar::usd)
        .containsExactly(
            tuple("web", 30.0), tuple("idle", 20.0), tuple("other 4 services and jobs", 15.5));
  }

  @Test
  void theFixtureBarsAddUpToItsTotalBill() {
    var cost = Fixtures.summary().cost();

    // etl 1,200 + idle 34.5 = 1,234.5, the fixture's totalUsd.
    List<Bar> bars = CostBars.of(cost.byService(), 15, Fixtures.summary().jobs().keySet());

    assertThat(bars).extracting(Bar::label).containsExactly("etl", "idle");
    assertThat(bars.stream().mapToDouble(Bar::usd).sum()).isEqualTo(cost.totalUsd());
  }

  @Test
  void labelsGiveDollarsAndTheShareOfTheBill() {
    // 30 / 65.5 = 45.80%; 0.75 / 65.5 = 1.145%.
    assertThat(CostBars.label(30, 65.5)).isEqualTo("$30.00 (45.8%)");
    assertThat(CostBars.label(0.75, 65.5)).isEqualTo("$0.7500 (1.1%)");
    assertThat(CostBars.label(1234.5, 0)).isEqualTo("$1,234.50");
    assertThat(CostBars.label(0, 10)).isEqualTo("$0.00 (0.0%)");
  }

  @Test
  void aNegativeAmountShowsItsSignUnlessItRoundsToZero() {
    assertThat(CostBars.label(-0.25, 10)).isEqualTo("-$0.2500 (-2.5%)");
    // Six-decimal rounding can leave idle a millionth below zero.
    assertThat(CostBars.label(-0.000001, 0)).isEqualTo("$0.0000");
  }
}
