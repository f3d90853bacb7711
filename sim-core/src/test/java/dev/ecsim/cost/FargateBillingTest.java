package dev.ecsim.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ecsim.catalog.Architecture;
import dev.ecsim.scenario.PricingSpec;
import org.junit.jupiter.api.Test;

/**
 * Fargate: per second from image pull start to stop, rounded up, 1 minute minimum
 * (docs/ecs-behaviour.md §3.2).
 */
class FargateBillingTest {
  private static final long HOUR = 3_600_000L;

  @Test
  void tenTasksOfOneVcpuTwoGbForThreeHoursByHand() {
    // 10 x 3 h x (0.04048 + 2 x 0.004445) = 10 x 3 x 0.04937 = 1.4811
    double usdPerHour = PriceBook.of("us-east-1", PricingSpec.none())
        .fargateUsdPerHour(1024, 2048, 20, Architecture.X86_64, false);
    long seconds = FargateBilling.billedSeconds(5_000, 5_000 + 3 * HOUR);
    assertThat(seconds).isEqualTo(10_800);
    assertThat(10 * FargateBilling.usd(seconds, usdPerHour)).isCloseTo(1.4811, within(1e-12));
  }

  @Test
  void aTwentySecondTaskIsBilledAMinute() {
    assertThat(FargateBilling.billedSeconds(1_000, 21_000)).isEqualTo(60);
    // 60 s of 1 vCPU / 2 GB x86: 0.04937 / 60 = 0.000822833...
    assertThat(FargateBilling.usd(60, 0.04937)).isCloseTo(0.04937 / 60, within(1e-15));
  }

  @Test
  void billingRoundsUpToTheSecondAfterTheMinimum() {
    assertThat(FargateBilling.billedSeconds(0, 60_000)).isEqualTo(60);
    assertThat(FargateBilling.billedSeconds(0, 90_001)).isEqualTo(91);
    assertThat(FargateBilling.billedSeconds(250, 90_250)).isEqualTo(90);
  }

  @Test
  void aStopBeforeThePullStartIsABug() {
    assertThatThrownBy(() -> FargateBilling.billedSeconds(10_000, 9_000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before its image pull starts");
  }
}
