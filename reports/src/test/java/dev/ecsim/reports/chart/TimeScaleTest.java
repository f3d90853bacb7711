package dev.ecsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeScaleTest {

  private static final long HOUR = 3_600_000L;

  @Test
  void hoursUpToThreeDaysThenDays() {
    assertThat(TimeScale.forRunLength(0)).isEqualTo(TimeScale.HOURS);
    assertThat(TimeScale.forRunLength(72 * HOUR)).isEqualTo(TimeScale.HOURS);
    assertThat(TimeScale.forRunLength(72 * HOUR + 1)).isEqualTo(TimeScale.DAYS);
    assertThat(TimeScale.forRunLength(7 * 24 * HOUR)).isEqualTo(TimeScale.DAYS);
  }

  @Test
  void convertsMillisecondsToTheUnit() {
    assertThat(TimeScale.HOURS.convert(90 * 60_000L)).isEqualTo(1.5);
    assertThat(TimeScale.DAYS.convert(36 * HOUR)).isEqualTo(1.5);
    assertThat(TimeScale.DAYS.axisLabel()).isEqualTo("days since start");
  }
}
