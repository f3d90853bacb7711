package dev.ecsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.jfree.chart.axis.TickUnit;
import org.junit.jupiter.api.Test;

class RootLocaleTicksTest {

  @Test
  void labelsUseAPointAndThePrefixWhateverTheDefaultLocale() {
    TickUnit unit = RootLocaleTicks.decimals("$").getCeilingTickUnit(0.4);

    assertThat(unit.getSize()).isEqualTo(0.5);
    assertThat(unit.valueToString(1.5)).isEqualTo("$1.5");
    assertThat(unit.valueToString(-1.5)).isEqualTo("-$1.5");
  }

  @Test
  void integerTicksStayWhole() {
    TickUnit unit = RootLocaleTicks.integers().getCeilingTickUnit(0.3);

    assertThat(unit.getSize()).isEqualTo(1);
    assertThat(unit.valueToString(3)).isEqualTo("3");
  }

  @Test
  void largerUnitsKeepTheRootLabels() {
    RootLocaleTicks ticks = RootLocaleTicks.decimals("");
    TickUnit larger = ticks.getLargerTickUnit(ticks.getCeilingTickUnit(0.02));

    assertThat(larger.getSize()).isEqualTo(0.05);
    assertThat(larger.valueToString(0.15)).isEqualTo("0.15");
  }

  @Test
  void decimalsFollowTheTickSize() {
    assertThat(RootLocaleTicks.decimalsFor(1000)).isZero();
    assertThat(RootLocaleTicks.decimalsFor(1)).isZero();
    assertThat(RootLocaleTicks.decimalsFor(0.5)).isEqualTo(1);
    assertThat(RootLocaleTicks.decimalsFor(0.1)).isEqualTo(1);
    assertThat(RootLocaleTicks.decimalsFor(0.05)).isEqualTo(2);
    assertThat(RootLocaleTicks.decimalsFor(0.0025)).isEqualTo(3);
  }

  @Test
  void thousandsAreGrouped() {
    assertThat(RootLocaleTicks.decimals("$").getCeilingTickUnit(900).valueToString(12000))
        .isEqualTo("$12,000");
  }
}
