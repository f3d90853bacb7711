package dev.ecsim.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ecsim.cost.PriceSchedule.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * EC2 Linux billing: per second from running, 60-second minimum (EC2 UG: concepts;
 * docs/ecs-behaviour.md §4.2).
 */
class Ec2BillingTest {

  @Test
  void anInstanceThatLivesThirtySecondsIsBilledSixty() {
    assertThat(Ec2Billing.billedSeconds(30_000)).isEqualTo(60);
    // m5.large at $0.096/h for 60 s = 0.096 / 60 = $0.0016
    assertThat(Ec2Billing.usd(Ec2Billing.billedSeconds(30_000), 0.096)).isCloseTo(0.0016, within(1e-12));
  }

  @Test
  void billingIsPerWholeSecondRoundedUp() {
    assertThat(Ec2Billing.billedSeconds(60_000)).isEqualTo(60);
    assertThat(Ec2Billing.billedSeconds(90_001)).isEqualTo(91);
    assertThat(Ec2Billing.billedSeconds(3_600_000)).isEqualTo(3600);
  }

  @Test
  void tenHoursOfThreeM5LargeByHand() {
    // 3 instances x 10 h x $0.096/h = $2.88
    double perInstance = Ec2Billing.usd(Ec2Billing.billedSeconds(10 * 3_600_000L), 0.096);
    assertThat(3 * perInstance).isCloseTo(2.88, within(1e-12));
  }

  private static final long HOUR = 3_600_000;
  /** m5.large spot at $0.04/h from the start and $0.06/h from 1 h. */
  private static final PriceSchedule SPOT = new PriceSchedule(List.of(new Step(0, 0.04), new Step(HOUR, 0.06)));

  @Test
  void aChangingPriceIsIntegratedOverTheBilledSeconds() {
    Ec2Billing billing = new Ec2Billing();
    billing.open("sp", SPOT, "spot", 0).stop(2 * HOUR);
    // 1 h at $0.04 + 1 h at $0.06 = $0.10
    assertThat(billing.close(2 * HOUR).totalUsd()).isCloseTo(0.10, within(1e-12));
  }

  @Test
  void aRunUnderAMinutePaysSixtySecondsAtThePricesFromItsStart() {
    Ec2Billing billing = new Ec2Billing();
    // runs 30 s from 59m50s; billed 60 s from launch: 10 s at $0.04 + 50 s at $0.06 = (0.4 + 3) / 3600
    billing.open("sp", SPOT, "spot", HOUR - 10_000).stop(HOUR + 20_000);
    Ec2Billing.Bill bill = billing.close(2 * HOUR);
    assertThat(bill.totalUsd()).isCloseTo(3.4 / 3600, within(1e-15));
    assertThat(bill.billedSeconds()).isEqualTo(60);
    assertThat(billing.cumulativeUsd("sp", 2 * HOUR)).isCloseTo(3.4 / 3600, within(1e-15));
  }

  @Test
  void theRateIsThePriceInForceAndTheCumulativeCostItsIntegralSoFar() {
    Ec2Billing billing = new Ec2Billing();
    billing.open("sp", SPOT, "spot", 0);
    billing.open("sp", SPOT, "spot", 0);
    assertThat(billing.rateUsdPerHour("sp", HOUR - 1)).isCloseTo(0.08, within(1e-15));
    assertThat(billing.rateUsdPerHour("sp", HOUR)).isCloseTo(0.12, within(1e-15));
    // two instances: 2 x $0.04 by 1 h, 2 x $0.10 by 2 h
    assertThat(billing.cumulativeUsd("sp", HOUR)).isCloseTo(0.08, within(1e-15));
    assertThat(billing.cumulativeUsd("sp", 2 * HOUR)).isCloseTo(0.20, within(1e-15));
    assertThat(billing.close(2 * HOUR).totalUsd()).isCloseTo(0.20, within(1e-15));
  }

  @Test
  void aConstantPriceBillsExactlyAsTheOnePriceDid() {
    Ec2Billing billing = new Ec2Billing();
    billing.open("od", 0.096, "on-demand", 0).stop(90_001);
    assertThat(billing.close(HOUR).totalUsd()).isEqualTo(Ec2Billing.usd(91, 0.096));
  }

  // ---- EC2 UG, "Billing for interrupted Spot Instances" ----

  private static final double M5_LARGE_SPOT = 0.096 * 0.40;

  @Test
  void aSpotInstanceInterruptedInItsFirstHourIsNotCharged() {
    Ec2Billing billing = new Ec2Billing();
    billing.open("sp", M5_LARGE_SPOT, "spot", 0).stop(1_920_000, StopCause.SPOT_INTERRUPTION);
    Ec2Billing.Bill bill = billing.close(3 * HOUR);
    assertThat(bill.totalUsd()).isZero();
    assertThat(bill.billedSeconds()).isZero();
    assertThat(billing.cumulativeUsd("sp", 3 * HOUR)).isZero();
    assertThat(billing.rateUsdPerHour("sp", 3 * HOUR)).isZero();
  }

  @Test
  void afterItsFirstHourAnInterruptedInstancePaysEverySecondItRan() {
    assertThat(Ec2Billing.interruptedBilledSeconds(HOUR - 1)).isZero();
    assertThat(Ec2Billing.interruptedBilledSeconds(HOUR)).isEqualTo(3600);
    assertThat(Ec2Billing.interruptedBilledSeconds(3_720_500)).isEqualTo(3721);
    Ec2Billing billing = new Ec2Billing();
    billing.open("sp", M5_LARGE_SPOT, "spot", 0).stop(3_720_000, StopCause.SPOT_INTERRUPTION);
    // 3,720 s x $0.0384/h = $0.03968
    assertThat(billing.close(3 * HOUR).totalUsd()).isCloseTo(0.03968, within(1e-12));
  }

  @Test
  void theIssuesWorkedExampleANoticeAt1800sAndItsReplacement() {
    // Notice at 1,800 s, reclaimed at 1,920 s: $0. The replacement from 1,920 s to a 3 h horizon:
    // 8,880 s x 0.0384 / 3,600 = $0.09472. Billed per second, the pair would be the whole 3 h:
    // 10,800 x 0.0384 / 3,600 = $0.1152.
    Ec2Billing billing = new Ec2Billing();
    billing.open("sp", M5_LARGE_SPOT, "spot", 0).stop(1_920_000, StopCause.SPOT_INTERRUPTION);
    billing.open("sp", M5_LARGE_SPOT, "spot", 1_920_000);
    assertThat(billing.close(3 * HOUR).totalUsd()).isCloseTo(0.09472, within(1e-12));

    Ec2Billing perSecond = new Ec2Billing();
    perSecond.open("sp", M5_LARGE_SPOT, "spot", 0).stop(1_920_000, StopCause.TERMINATED);
    perSecond.open("sp", M5_LARGE_SPOT, "spot", 1_920_000);
    assertThat(perSecond.close(3 * HOUR).totalUsd()).isCloseTo(0.1152, within(1e-12));
  }

  @Test
  void scaleInKeepsTheSixtySecondMinimumEvenForSpot() {
    Ec2Billing billing = new Ec2Billing();
    billing.open("sp", M5_LARGE_SPOT, "spot", 0).stop(30_000);
    // 60 s x $0.0384/h = $0.00064
    assertThat(billing.close(HOUR).totalUsd()).isCloseTo(0.00064, within(1e-15));
  }

  @Test
  void anInterruptionUnderAChangingPriceIsFreeInTheFirstHourAndIntegratedAfter() {
    Ec2Billing billing = new Ec2Billing();
    billing.open("sp", SPOT, "spot", HOUR / 2).stop(HOUR + 10 * 60_000, StopCause.SPOT_INTERRUPTION);
    billing.open("sp", SPOT, "spot", 0).stop(HOUR + 30 * 60_000, StopCause.SPOT_INTERRUPTION);
    // The first ran 40 min: free. The second 1.5 h: 1 h at $0.04 + 0.5 h at $0.06 = $0.07.
    Ec2Billing.Bill bill = billing.close(2 * HOUR);
    assertThat(bill.totalUsd()).isCloseTo(0.07, within(1e-12));
    assertThat(bill.billedSeconds()).isEqualTo(5400);
  }
}
