package dev.ecsim.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ecsim.cost.PriceSchedule.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A step price: the price in force at each moment and its integral, worked by hand. */
class PriceScheduleTest {
  private static final long HOUR = 3_600_000;
  /** m5.large spot at $0.04/h from the start and $0.06/h from 1 h. */
  private static final PriceSchedule M5_LARGE = new PriceSchedule(List.of(new Step(0, 0.04), new Step(HOUR, 0.06)));

  @Test
  void thePriceInForceChangesAtTheStep() {
    assertThat(M5_LARGE.usdPerHourAt(0)).isEqualTo(0.04);
    assertThat(M5_LARGE.usdPerHourAt(HOUR - 1)).isEqualTo(0.04);
    assertThat(M5_LARGE.usdPerHourAt(HOUR)).isEqualTo(0.06);
    assertThat(M5_LARGE.usdPerHourAt(100 * HOUR)).isEqualTo(0.06);
  }

  @Test
  void theIntegralAddsTheStepsItCrosses() {
    // 1 h at 0.04 + 1 h at 0.06 = $0.10
    assertThat(M5_LARGE.usd(0, 2 * HOUR)).isCloseTo(0.10, within(1e-15));
    // 59m50s to 1h1m: 10 s at 0.04 + 60 s at 0.06 = (0.4 + 3.6) / 3600
    assertThat(M5_LARGE.usd(HOUR - 10_000, HOUR + 60_000)).isCloseTo(4.0 / 3600, within(1e-15));
    assertThat(M5_LARGE.usd(HOUR, HOUR)).isZero();
    assertThat(PriceSchedule.constant(0.096).usd(0, 10 * HOUR)).isCloseTo(0.96, within(1e-15));
  }

  @Test
  void aScheduleStartsAtZeroWithIncreasingTimesAndPositivePrices() {
    assertThatThrownBy(() -> new PriceSchedule(List.of(new Step(HOUR, 0.04))))
        .hasMessageStartingWith("a price schedule starts with a step at time 0");
    assertThatThrownBy(() -> new PriceSchedule(List.of(new Step(0, 0.04), new Step(0, 0.05))))
        .hasMessage("step times must increase, found 0 ms then 0 ms");
    assertThatThrownBy(() -> PriceSchedule.constant(0)).hasMessage("price 0.0 at 0 ms must be a finite price above 0");
    assertThatThrownBy(() -> M5_LARGE.usd(2, 1)).hasMessageContaining("before it starts");
  }
}
