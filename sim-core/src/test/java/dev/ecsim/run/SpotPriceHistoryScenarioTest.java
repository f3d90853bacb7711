package dev.ecsim.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ecsim.metrics.SeriesKey;
import dev.ecsim.metrics.SeriesNames;
import dev.ecsim.metrics.TimeSeries;
import dev.ecsim.scenario.read.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spot price history in a whole run, billed by hand: one m5.large spot instance, warm from the
 * start, at $0.04/h until 1 h and $0.06/h after (docs/ecs-behaviour.md §4.3: the price moves, no
 * bids).
 */
class SpotPriceHistoryScenarioTest {
  private static final long HOUR = 3_600_000;

  @TempDir
  Path dir;

  private Recorded run(String duration) throws Exception {
    return run(duration, "");
  }

  private Recorded run(String duration, String jobs) throws Exception {
    Files.writeString(dir.resolve("prices.csv"), """
        time,instanceType,usdPerHour
        0s,m5.large,0.04
        # the price rises at 1 h
        1h,m5.large,0.06
        """);
    return Recorded.run(Simulation.build(ScenarioLoader.parse("""
        name: spot-prices
        duration: %s
        metricsPeriod: 1m
        cluster:
          capacityProviders:
            - name: sp
              type: ec2
              instanceTypes: [m5.large]
              purchaseOption: spot
              desiredSize: 1
              spot: {priceHistory: prices.csv, interruptionTimes: []}
          defaultCapacityProviderStrategy: [{capacityProvider: sp}]
        taskDefinitions:
          - {family: t, cpu: 1024, memory: 2048, containerDefinitions: [{name: c, image: "t:1"}]}
        %s
        """.formatted(duration, jobs), dir.resolve("s.yaml").toString())));
  }

  private static double at(TimeSeries series, SeriesKey column, long millis) {
    for (int row = 0; row < series.rows(); row++) {
      if (series.timeMillis(row) == millis) {
        return series.column(column)[row];
      }
    }
    throw new AssertionError("no sample at " + millis + " ms");
  }

  @Test
  void twoHoursCostFourCentsThenSixCents() throws Exception {
    Recorded r = run("2h");
    // 1 h x $0.04 + 1 h x $0.06 = $0.10
    assertThat(r.summary().cost().totalUsd()).isCloseTo(0.10, within(1e-9));
    assertThat(r.summary().cost().byPurchaseOption()).containsOnlyKeys("spot");
    // The cumulative cost is the integral so far: $0.04 at 1 h, $0.10 at 2 h.
    assertThat(at(r.series(), SeriesNames.cumulativeCost("sp"), HOUR)).isCloseTo(0.04, within(1e-12));
    assertThat(at(r.series(), SeriesNames.cumulativeCost("sp"), 2 * HOUR)).isCloseTo(0.10, within(1e-12));
    // The rate is the price in force: it switches at 1 h.
    assertThat(at(r.series(), SeriesNames.costRate("sp"), 60_000)).isEqualTo(0.04);
    assertThat(at(r.series(), SeriesNames.costRate("sp"), HOUR - 60_000)).isEqualTo(0.04);
    assertThat(at(r.series(), SeriesNames.costRate("sp"), HOUR)).isEqualTo(0.06);
  }

  @Test
  void aRunUnderAMinuteBeforeTheChangeIsBilledAtTheFirstPrice() throws Exception {
    // 30 s run: 60 s billed from the start, all at $0.04 = 0.04 / 60
    assertThat(run("30s").summary().cost().totalUsd()).isCloseTo(0.04 / 60, within(1e-6));
  }

  @Test
  void aTaskAcrossThePriceChangeIsChargedItsShareOfBothPrices() throws Exception {
    Recorded r = run("2h", """
        jobs:
          - {name: j, taskDefinition: t, arrivals: {times: [30m]}, duration: {fixed: 1h}}
        """);
    // m5.large registers 2,048 units and 8,028 MiB: share 0.5 x 1,024/2,048 + 0.5 x 2,048/8,028.
    // Reserved 30 m - 1 h 30 m: 30 min at $0.04 and 30 min at $0.06 = $0.05 of the instance.
    double share = 0.5 * 1024 / 2048 + 0.5 * 2048.0 / 8028;
    assertThat(r.tasks().get(0).costUsd()).isCloseTo(share * (0.5 * 0.04 + 0.5 * 0.06), within(1e-12));
    assertThat(r.summary().cost().byService().get("idle")).isCloseTo(0.10 - share * 0.05, within(1e-6));
  }
}
