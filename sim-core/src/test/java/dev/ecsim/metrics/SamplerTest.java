package dev.ecsim.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.engine.Engine;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One row per metrics period, as CloudWatch keeps one datapoint per period: a row at t describes
 * the period that ends at t, a ratio is averaged over its period exactly, a gauge is read at its end,
 * and the last, shorter period ends at the horizon.
 */
class SamplerTest {

  @Test
  void ratiosAreExactPeriodAveragesAndGaugesAreReadAtThePeriodsEnd() {
    Engine engine = new Engine(1);
    TimeIntegral reserved = new TimeIntegral();
    TimeIntegral registered = new TimeIntegral();
    registered.set(0, 4096);
    reserved.set(0, 1024);
    long[] instances = {1};
    Sampler sampler = new Sampler(engine, 60_000, 150_000, List.of(
        new Sampler.RatioPct(SeriesNames.CPU_RESERVATION_PCT, reserved, registered),
        new Sampler.Gauge(SeriesNames.instances("od"), t -> instances[0])));
    // 1,024 of 4,096 units for 30 s, then 2,048 for 30 s: (1,024 x 30 + 2,048 x 30) / (4,096 x 60)
    // = 37.5 %. Then 2,048 until 90 s and 0 after: the second period averages 25 %; the last, from
    // 120 s to the 150 s horizon, 0 %.
    engine.schedule(30_000, () -> reserved.set(engine.now(), 2048));
    engine.schedule(90_000, () -> {
      reserved.set(engine.now(), 0);
      instances[0] = 3;
    });
    sampler.start();
    engine.runUntil(150_000);

    TimeSeries series = sampler.sampleFinal();

    assertThat(series.rows()).isEqualTo(3);
    assertThat(List.of(series.timeMillis(0), series.timeMillis(1), series.timeMillis(2)))
        .containsExactly(60_000L, 120_000L, 150_000L);
    assertThat(series.column(SeriesNames.CPU_RESERVATION_PCT)).containsExactly(37.5, 25.0, 0.0);
    assertThat(series.column(SeriesNames.instances("od"))).containsExactly(1.0, 3.0, 3.0);
    assertThat(sampler.valuesHeld()).isEqualTo(6);
  }

  @Test
  void aRatioOverNothingRegisteredIsZeroNotNaN() {
    Engine engine = new Engine(1);
    Sampler sampler = new Sampler(engine, 60_000, 60_000, List.of(
        new Sampler.RatioPct(SeriesNames.CPU_RESERVATION_PCT, new TimeIntegral(), new TimeIntegral())));
    sampler.start();
    engine.runUntil(60_000);
    assertThat(sampler.sampleFinal().column(SeriesNames.CPU_RESERVATION_PCT)).containsExactly(0.0);
  }
}
