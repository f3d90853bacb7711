package dev.ecsim.reports.chart;

import static dev.ecsim.reports.Fixtures.instance;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.metrics.EventRecord;
import dev.ecsim.metrics.EventType;
import dev.ecsim.reports.chart.InstanceLives.InstanceLife;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class InstanceLivesTest {

  /** sim-core's wording and facts (AutoScalingGroup, SpotInterrupter), in time order. */
  static final List<EventRecord> EVENTS =
      List.of(
          new EventRecord(
              0,
              EventType.INSTANCE_REGISTERED,
              "od",
              "i-00000000000000001 (m5.large, us-east-1a) registered as ci-000001 with 2048 CPU"
                  + " units and 8028 MiB",
              instance("i-00000000000000001", "ci-000001", "m5.large", "us-east-1a", 0)),
          new EventRecord(60_000, EventType.INSTANCES_LAUNCHED, "od", "launching 1 instance: why"),
          new EventRecord(
              100_000,
              EventType.INSTANCE_REGISTERED,
              "spot",
              "i-00000000000000003 (m5.large, us-east-1c) registered as ci-000003 with 2048 CPU"
                  + " units and 8028 MiB, 45.5 s after launch",
              instance("i-00000000000000003", "ci-000003", "m5.large", "us-east-1c", 54_500)),
          new EventRecord(
              150_000,
              EventType.INSTANCE_REGISTERED,
              "od",
              "i-00000000000000002 (m5.xlarge, us-east-1b) registered as ci-000002 with 4096 CPU"
                  + " units and 16056 MiB, 90.0 s after launch",
              instance("i-00000000000000002", "ci-000002", "m5.xlarge", "us-east-1b", 60_000)),
          // A registration that names no instance in its facts: not an instance to draw.
          new EventRecord(160_000, EventType.INSTANCE_REGISTERED, "od", "i-0001 (m6i.large, us-east-1a)"),
          new EventRecord(
              1_000_000,
              EventType.SPOT_INTERRUPTION_WARNING,
              "spot",
              "EC2 Spot Instance Interruption Warning: i-00000000000000003 (ci-000003, m5.large,"
                  + " us-east-1c) terminates at 1120.0 s",
              instance("i-00000000000000003", "ci-000003", "m5.large", "us-east-1c", 54_500)),
          new EventRecord(
              3_600_000,
              EventType.INSTANCE_TERMINATED,
              "od",
              "i-00000000000000002 (ci-000002, m5.xlarge, us-east-1b) terminated:"
                  + " CapacityProviderReservation 50 < target 100",
              instance("i-00000000000000002", "ci-000002", "m5.xlarge", "us-east-1b", 60_000)));

  @Test
  void eachInstanceRunsFromItsLaunchAndTheListIsInLaunchOrder() {
    List<InstanceLife> lives = InstanceLives.fromEvents(EVENTS);

    // ci-000003 launched at 54.5 s, ci-000002 at 60 s, ci-000001 started warm at 0.
    assertThat(lives)
        .containsExactly(
            new InstanceLife("ci-000001", "od", "m5.large", "us-east-1a", 0, 0, OptionalLong.empty()),
            new InstanceLife(
                "ci-000003", "spot", "m5.large", "us-east-1c", 54_500, 100_000, OptionalLong.empty()),
            new InstanceLife(
                "ci-000002",
                "od",
                "m5.xlarge",
                "us-east-1b",
                60_000,
                150_000,
                OptionalLong.of(3_600_000)));
  }

  @Test
  void anInstanceLivesToItsTerminationElseToTheEndOfTheRun() {
    List<InstanceLife> lives = InstanceLives.fromEvents(EVENTS);

    assertThat(lives.get(0).endOr(7_200_000)).isEqualTo(7_200_000);
    assertThat(lives.get(2).endOr(7_200_000)).isEqualTo(3_600_000);
  }

  @Test
  void countsTheInstancesItWouldList() {
    assertThat(InstanceLives.count(EVENTS)).isEqualTo(3);
    assertThat(InstanceLives.count(List.of())).isZero();
  }
}
