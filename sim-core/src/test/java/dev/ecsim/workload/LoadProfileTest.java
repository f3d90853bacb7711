package dev.ecsim.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ecsim.workload.LoadProfile.Constant;
import dev.ecsim.workload.LoadProfile.Diurnal;
import dev.ecsim.workload.LoadProfile.Interpolation;
import dev.ecsim.workload.LoadProfile.Point;
import dev.ecsim.workload.LoadProfile.Spike;
import dev.ecsim.workload.LoadProfile.Spikes;
import dev.ecsim.workload.LoadProfile.Steps;
import dev.ecsim.workload.LoadProfile.Trace;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every profile against figures worked out by hand. */
class LoadProfileTest {
  static final long SECOND = 1_000;
  static final long MINUTE = 60 * SECOND;
  static final long HOUR = 60 * MINUTE;
  static final long DAY = 24 * HOUR;
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final ZoneId UTC = ZoneId.of("UTC");
  /** The rate one hour from the peak: 100 + 800 × (1 + cos(2π / 24)) / 2. */
  static final double ONE_HOUR_OFF_PEAK = 100 + 400 * (1 + Math.cos(Math.PI / 12));

  static Diurnal diurnal(ZoneId zone, double weekendFactor, Instant start) {
    return new Diurnal(100, 900, LocalTime.of(14, 0), zone, weekendFactor, start);
  }

  @Test
  void aConstantRateIsTheSameAllTheTimeAndIntegratesToRateTimesLength() {
    Constant c = new Constant(200);
    assertThat(c.ratePerSecond(0)).isEqualTo(200);
    assertThat(c.ratePerSecond(7 * DAY)).isEqualTo(200);
    assertThat(c.requests(0, 90 * SECOND)).isEqualTo(18_000);
    assertThat(c.requestsWithin(0, 90 * SECOND, 150)).isEqualTo(13_500);
  }

  @Test
  void aStepHoldsFromItsOwnTimeUpToTheNextStepsTime() {
    Steps s = new Steps(List.of(new Point(0, 100), new Point(2 * HOUR, 400), new Point(3 * HOUR, 0)));
    assertThat(s.ratePerSecond(0)).isEqualTo(100);
    assertThat(s.ratePerSecond(2 * HOUR - 1)).isEqualTo(100);
    assertThat(s.ratePerSecond(2 * HOUR)).isEqualTo(400);
    assertThat(s.ratePerSecond(3 * HOUR - 1)).isEqualTo(400);
    assertThat(s.ratePerSecond(3 * HOUR)).isEqualTo(0);
    assertThat(s.ratePerSecond(30 * DAY)).isEqualTo(0);
    // [1h, 2.5h): an hour at 100/s, half an hour at 400/s.
    assertThat(s.requests(HOUR, 2 * HOUR + 30 * MINUTE)).isEqualTo(360_000 + 720_000);
    // Capped at 300/s: the half hour at 400/s serves 300/s.
    assertThat(s.requestsWithin(HOUR, 2 * HOUR + 30 * MINUTE, 300)).isEqualTo(360_000 + 540_000);
    assertThat(s.requests(2 * HOUR, 2 * HOUR)).isZero();
  }

  @Test
  void stepsMustStartAtZeroAndIncrease() {
    assertThatThrownBy(() -> new Steps(List.of(new Point(MINUTE, 100))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start at time 0");
    assertThatThrownBy(() -> new Steps(List.of(new Point(0, 1), new Point(HOUR, 2), new Point(HOUR, 3))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("strictly increasing");
  }

  @Test
  void theDiurnalPeakFollowsBerlinLocalTimeAcrossTheMarch2026ClockChange() {
    // Friday 2026-03-27 00:00Z; the clocks go forward on Sunday 2026-03-29 at 01:00Z.
    Diurnal d = diurnal(BERLIN, 1, Instant.parse("2026-03-27T00:00:00Z"));
    // Before: CET (UTC+1), the peak 14:00 local is 13:00Z and the minimum 02:00 local is 01:00Z.
    assertThat(d.ratePerSecond(13 * HOUR)).isCloseTo(900, within(1e-9));
    assertThat(d.ratePerSecond(HOUR)).isCloseTo(100, within(1e-9));
    assertThat(d.ratePerSecond(12 * HOUR)).isCloseTo(ONE_HOUR_OFF_PEAK, within(1e-9));
    // After: CEST (UTC+2), Monday 2026-03-30, the peak is 12:00Z and the minimum 00:00Z.
    long monday = 3 * DAY;
    assertThat(d.ratePerSecond(monday + 12 * HOUR)).isCloseTo(900, within(1e-9));
    assertThat(d.ratePerSecond(monday)).isCloseTo(100, within(1e-9));
    assertThat(d.ratePerSecond(monday + 13 * HOUR)).isCloseTo(ONE_HOUR_OFF_PEAK, within(1e-9));
    // Sunday, the change day itself: 12:00Z is already 14:00 CEST.
    assertThat(d.ratePerSecond(2 * DAY + 12 * HOUR)).isCloseTo(900, within(1e-9));
  }

  @Test
  void inUtcTheMinimumIsTwelveHoursFromThePeakAndADayAveragesMidway() {
    Diurnal d = diurnal(UTC, 1, Instant.parse("2026-01-05T00:00:00Z"));
    assertThat(d.ratePerSecond(14 * HOUR)).isCloseTo(900, within(1e-9));
    assertThat(d.ratePerSecond(2 * HOUR)).isCloseTo(100, within(1e-9));
    assertThat(d.ratePerSecond(8 * HOUR)).isCloseTo(500, within(1e-9));
    // The cosine integrates to zero over a day: (min + max) / 2 × 86,400 s.
    assertThat(d.requests(0, DAY)).isCloseTo(500 * 86_400.0, within(1e-3));
    // Capped at 500/s (midway): the curve is above the cap from 08:00 to 20:00, by
    // ∫ 400 cos(2π(x − p)/D) dx over |x − p| < D/4 = 800 D / (2π) requests.
    double excess = 800 * 86_400 / (2 * Math.PI);
    assertThat(d.requestsWithin(0, DAY, 500)).isCloseTo(500 * 86_400.0 - excess, within(1e-3));
  }

  @Test
  void weekendDaysAreMultipliedByTheWeekendFactor() {
    // Monday 2026-01-05; Saturday 2026-01-10 is 5 days later.
    Diurnal d = diurnal(UTC, 0.5, Instant.parse("2026-01-05T00:00:00Z"));
    assertThat(d.ratePerSecond(4 * DAY + 14 * HOUR)).isCloseTo(900, within(1e-9)); // Friday
    assertThat(d.ratePerSecond(5 * DAY + 14 * HOUR)).isCloseTo(450, within(1e-9)); // Saturday
    assertThat(d.ratePerSecond(5 * DAY + 2 * HOUR)).isCloseTo(50, within(1e-9));
    assertThat(d.ratePerSecond(6 * DAY + 14 * HOUR)).isCloseTo(450, within(1e-9)); // Sunday
    assertThat(d.ratePerSecond(7 * DAY + 14 * HOUR)).isCloseTo(900, within(1e-9)); // Monday
    assertThat(d.requests(5 * DAY, 6 * DAY)).isCloseTo(250 * 86_400.0, within(1e-3));
  }

  @Test
  void theWeekendIsTheZonesSaturdayNotUtcs() {
    // Friday 2026-01-09 23:30Z is already Saturday 00:30 in Berlin.
    Diurnal d = diurnal(BERLIN, 0, Instant.parse("2026-01-05T00:00:00Z"));
    assertThat(d.ratePerSecond(4 * DAY + 23 * HOUR + 30 * MINUTE)).isZero();
    assertThat(d.ratePerSecond(4 * DAY + 22 * HOUR + 30 * MINUTE)).isPositive();
  }

  @Test
  void anAddedSpikeComesOnTopOfTheBaseForItsWindowOnly() {
    Spikes s = new Spikes(new Constant(200), List.of(new Spike.Add(3 * HOUR, 10 * MINUTE, 2000)));
    assertThat(s.ratePerSecond(3 * HOUR - 1)).isEqualTo(200);
    assertThat(s.ratePerSecond(3 * HOUR)).isEqualTo(2200);
    assertThat(s.ratePerSecond(3 * HOUR + 10 * MINUTE - 1)).isEqualTo(2200);
    assertThat(s.ratePerSecond(3 * HOUR + 10 * MINUTE)).isEqualTo(200);
    // [0, 4h): 200/s for 14,400 s and 2,000/s more for 600 s.
    assertThat(s.requests(0, 4 * HOUR)).isEqualTo(2_880_000 + 1_200_000);
    // Capped at 1,000/s: 200/s outside the spike, 1,000/s during it.
    assertThat(s.requestsWithin(0, 4 * HOUR, 1000)).isEqualTo(200 * 13_800 + 1000 * 600);
  }

  @Test
  void aMultiplierScalesTheBaseAndOverlappingSpikesMultiplyThenAdd() {
    Spikes s = new Spikes(new Constant(200), List.of(
        new Spike.Multiply(HOUR, 10 * MINUTE, 4),
        new Spike.Add(HOUR + 5 * MINUTE, 10 * MINUTE, 2000)));
    assertThat(s.ratePerSecond(HOUR)).isEqualTo(800);
    assertThat(s.ratePerSecond(HOUR + 5 * MINUTE)).isEqualTo(2800);
    assertThat(s.ratePerSecond(HOUR + 10 * MINUTE)).isEqualTo(2200);
    assertThat(s.ratePerSecond(HOUR + 15 * MINUTE)).isEqualTo(200);
    // [1h, 1h15m): 300 s at 800, 300 s at 2,800, 300 s at 2,200.
    assertThat(s.requests(HOUR, HOUR + 15 * MINUTE)).isEqualTo(300 * (800 + 2800 + 2200));
    // Capped at 1,000/s: 800, then 1,000, then 1,000.
    assertThat(s.requestsWithin(HOUR, HOUR + 15 * MINUTE, 1000)).isEqualTo(300 * (800 + 1000 + 1000));
  }

  @Test
  void aSpikeOnADiurnalBaseMultipliesTheCurve() {
    Diurnal base = diurnal(UTC, 1, Instant.parse("2026-01-05T00:00:00Z"));
    Spikes s = new Spikes(base, List.of(new Spike.Multiply(14 * HOUR, HOUR, 2)));
    assertThat(s.ratePerSecond(14 * HOUR)).isCloseTo(1800, within(1e-9));
    assertThat(s.requests(0, DAY)).isCloseTo(base.requests(0, DAY) + base.requests(14 * HOUR, 15 * HOUR), within(1e-3));
  }

  @Test
  void aTraceStepsOrInterpolatesBetweenItsPoints() {
    List<Point> points = List.of(new Point(0, 100), new Point(60 * SECOND, 400), new Point(120 * SECOND, 100));
    Trace step = new Trace("web.csv", Interpolation.STEP, points);
    Trace linear = new Trace("web.csv", Interpolation.LINEAR, points);
    assertThat(step.ratePerSecond(30 * SECOND)).isEqualTo(100);
    assertThat(step.ratePerSecond(60 * SECOND)).isEqualTo(400);
    assertThat(step.ratePerSecond(90 * SECOND)).isEqualTo(400);
    assertThat(step.ratePerSecond(150 * SECOND)).isEqualTo(100);
    assertThat(linear.ratePerSecond(30 * SECOND)).isEqualTo(250);
    assertThat(linear.ratePerSecond(60 * SECOND)).isEqualTo(400);
    assertThat(linear.ratePerSecond(90 * SECOND)).isEqualTo(250);
    assertThat(linear.ratePerSecond(150 * SECOND)).isEqualTo(100); // the last point holds
    // [0, 90s): step 100 × 60 + 400 × 30; linear a trapezoid (100 + 400) / 2 × 60 and (400 + 250) / 2 × 30.
    assertThat(step.requests(0, 90 * SECOND)).isEqualTo(18_000);
    assertThat(linear.requests(0, 90 * SECOND)).isEqualTo(24_750);
    // Linear capped at 250/s over [0, 120s): the rate crosses 250 at 30 s and 90 s.
    // (100 + 250) / 2 × 30 + 250 × 60 + (250 + 100) / 2 × 30 = 5,250 + 15,000 + 5,250.
    assertThat(linear.requestsWithin(0, 120 * SECOND, 250)).isEqualTo(25_500);
    assertThat(linear.requests(120 * SECOND, 180 * SECOND)).isEqualTo(6_000);
  }

  @Test
  void integralsNeedAnIntervalFromZeroOn() {
    assertThatThrownBy(() -> new Constant(1).requests(10, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Constant(1).requests(-5, 5)).isInstanceOf(IllegalArgumentException.class);
  }
}
