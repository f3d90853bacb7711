package dev.ecsim.scenario.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ecsim.scenario.InterruptionSpec.Band;
import dev.ecsim.scenario.InterruptionSpec.Event;
import dev.ecsim.scenario.InterruptionSpec.Rate;
import dev.ecsim.scenario.InterruptionSpec.Times;
import dev.ecsim.scenario.InterruptionSpec.Trace;
import dev.ecsim.scenario.InterruptionSpec;
import dev.ecsim.scenario.ReclaimSpec;
import dev.ecsim.scenario.SpotSpec;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The band table of docs/modelling.md and the invariants of the interruption specs. */
class InterruptionSpecTest {

  /**
   * Midpoint p, then λ = −ln(1 − p) / 730 h worked out by hand (ln to 9 digits):
   * −ln(0.975) = 0.025317808, −ln(0.925) = 0.077961541, −ln(0.875) = 0.133531393,
   * −ln(0.825) = 0.192371893, −ln(0.75) = 0.287682072, each divided by 730.
   */
  @ParameterizedTest
  @CsvSource({
      "<5%,    0.025, 3.46819e-5",
      "5-10%,  0.075, 1.06797e-4",
      "10-15%, 0.125, 1.82920e-4",
      "15-20%, 0.175, 2.63523e-4",
      ">20%,   0.25,  3.94085e-4"})
  void eachBandIsItsMidpointPerMonthAsAPoissonRate(String spelling, double p, double perHour) {
    Band band = Band.parse(spelling).orElseThrow();
    assertThat(band.spelling()).isEqualTo(spelling);
    assertThat(band.monthlyShare()).isEqualTo(p);
    assertThat(band.perHour()).isCloseTo(perHour, within(perHour * 1e-5));
    // the rate gives back exactly the band's probability over a 730-hour month
    assertThat(1 - Math.exp(-band.perHour() * 730)).isCloseTo(p, within(1e-12));
  }

  @Test
  void fargateSpotsDefaultIsFivePercentAMonth() {
    // -ln(0.95) = 0.051293294; / 730 = 7.02648e-5 per task-hour, a mean of 14,232 hours between interruptions
    Rate rate = (Rate) SpotSpec.fargateSpotDefault().interruption();
    assertThat(rate.perHour()).isCloseTo(7.02648e-5, within(1e-10));
    assertThat(1 / rate.perHour()).isCloseTo(14_232, within(1.0));
    assertThat(Rate.ofMonthlyShare(0)).isEqualTo(new Rate(0));
  }

  @Test
  void onlyTheFiveSpellingsAreBands() {
    assertThat(Band.spellings()).containsExactly("<5%", "5-10%", "10-15%", "15-20%", ">20%");
    assertThat(Band.parse("7%")).isEmpty();
    assertThat(Band.parse("5-10")).isEmpty();
    assertThat(Band.parse(" 15 – 20 % ")).contains(Band.FROM_15_TO_20);
  }

  @Test
  void timesMergeIntoEventsAndMustBeInOrder() {
    assertThat(new Times(List.of(0L, 5L, 5L, 5L, 9L)).events())
        .containsExactly(new Event(0, 1), new Event(5, 3), new Event(9, 1));
    assertThat(new Times(List.of()).events()).isEmpty();
    assertThatThrownBy(() -> new Times(List.of(5L, 4L))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Trace("t.csv", List.of(new Event(5, 1), new Event(5, 2))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Event(0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Rate(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Rate(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void onlySpotCapacityCarriesSpotSettingsAndAReclaimNeedsARate() {
    assertThat(SpotSpec.NONE.isSpot()).isFalse();
    assertThat(SpotSpec.ec2Default(OptionalDouble.of(0.4)).isSpot()).isTrue();
    assertThatThrownBy(() -> new SpotSpec(OptionalDouble.of(0.4), new InterruptionSpec.None(), Optional.empty(),
        false, false)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SpotSpec(OptionalDouble.empty(), new Times(List.of(1L)),
        Optional.of(new ReclaimSpec(0.5)), false, false)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ReclaimSpec(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
