package dev.ecsim.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ecsim.metrics.SeriesNames;
import dev.ecsim.testing.Scenarios;
import org.junit.jupiter.api.Test;

/** Whole-run bills checked against arithmetic done by hand from docs/ecs-behaviour.md §4.1. */
class BillingScenarioTest {

  private static Recorded run(String duration, String instanceType, int count, String jobs) {
    return Recorded.run(Simulation.build(Scenarios.parse("""
        name: bill
        duration: %s
        %s
        taskDefinitions:
          - family: t
            cpu: 1024
            memory: 2048
            containerDefinitions: [{name: c, image: "t:1"}]
        %s
        """.formatted(duration, Scenarios.cluster(instanceType, count), jobs))));
  }

  @Test
  void threeM5LargeForTenHoursCost288() {
    Recorded r = run("10h", "m5.large", 3, "");
    // 3 x 10 h x $0.096 (docs/ecs-behaviour.md §4.1)
    assertThat(r.summary().cost().totalUsd()).isCloseTo(2.88, within(1e-9));
    assertThat(r.summary().cost().byCapacityProvider()).containsEntry("od", 2.88);
    assertThat(r.summary().cost().byPurchaseOption()).containsEntry("on-demand", 2.88);
    assertThat(r.summary().cluster().instanceHours()).isEqualTo(30.0);
    // With no task at all, the whole bill is idle.
    assertThat(r.summary().cost().byService()).containsEntry("idle", 2.88);
    // The last cumulative-cost sample is the bill.
    double[] cumulative = r.series().column(SeriesNames.cumulativeCost("od"));
    assertThat(cumulative[cumulative.length - 1]).isCloseTo(2.88, within(1e-9));
    assertThat(r.series().column(SeriesNames.costRate("od"))[0]).isCloseTo(0.288, within(1e-12));
  }

  @Test
  void aRunShorterThanAMinuteStillPaysTheMinute() {
    Recorded r = run("30s", "c6g.large", 2, "");
    // 2 x 60 s x $0.068/h = $0.002267 (60 s minimum, docs/ecs-behaviour.md §4.2)
    assertThat(r.summary().cost().totalUsd()).isCloseTo(2 * 60 * 0.068 / 3600, within(1e-6));
  }

  @Test
  void aTaskIsChargedItsReservedShareAndTheRestIsIdle() {
    // One m5.large (2048 CPU units, 8028 MiB registered) for 2 h; one task reserving 1024 CPU and
    // 2048 MiB runs from 0 to 1 h. Share = 0.5 x 1024/2048 + 0.5 x 2048/8028 = 0.377554;
    // its cost = 0.096 x 1 h x 0.377554 = $0.036245; the rest of the $0.192 bill is idle.
    Recorded r = run("2h", "m5.large", 1, """
        jobs:
          - name: one
            taskDefinition: t
            arrivals: {times: [0s]}
            duration: {fixed: 1h}
        """);
    double share = 0.5 * 1024 / 2048 + 0.5 * 2048.0 / 8028;
    assertThat(r.summary().cost().byService().get("one")).isCloseTo(0.096 * share, within(1e-6));
    assertThat(r.summary().cost().byService().get("idle")).isCloseTo(0.192 - 0.096 * share, within(1e-6));
    assertThat(r.tasks().get(0).costUsd()).isCloseTo(0.096 * share, within(1e-9));
  }
}
