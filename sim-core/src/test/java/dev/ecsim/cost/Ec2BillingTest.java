package dev.ecsim.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** EC2 Linux billing: per second from running, 60-second minimum (EC2 UG: concepts; reference §4.2). */
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
}
