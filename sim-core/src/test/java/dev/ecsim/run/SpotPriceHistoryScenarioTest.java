package dev.ecsim.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ecsim.metrics.RunResult;
import dev.ecsim.metrics.SeriesNames;
import dev.ecsim.metrics.TimeSeries;
import dev.ecsim.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spot price history in a whole run, billed by hand: one m5.large spot instance, warm from the
 * start, at $0.04/h until 1 h and $0.06/h after (reference §4.3: the price moves, no bids).
 */
class SpotPriceHistoryScenarioTest {
  private static final long HOUR = 3_600_000;

  @TempDir
  Path dir;

  private RunResult run(String duration) throws Exception {
    Files.writeString(dir.resolve("prices.csv"), """
        time,instanceType,usdPerHour
        0s,m5.large,0.04
        # the price rises at 1 h
        1h,m5.large,0.06
        """);
    return Simulation.build(ScenarioLoader.parse("""
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
        """.formatted(duration), dir.resolve("s.yaml").toString())).run();
  }

  private static double at(TimeSeries series, String column, long millis) {
    for (int row = 0; row < series.rows(); row++) {
      if (series.timeMillis(row) == millis) {
        return series.column(column)[row];
      }
    }
    throw new AssertionError("no sample at " + millis + " ms");
  }

  @Test
  void twoHoursCostFourCentsThenSixCents() throws Exception {
    RunResult r = run("2h");
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
}
