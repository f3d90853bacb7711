package dev.ecsim.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ecsim.metrics.EventType;
import dev.ecsim.metrics.SeriesNames;
import dev.ecsim.metrics.TaskRecord;
import dev.ecsim.testing.Scenarios;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Fargate runs checked against bills and timelines worked out by hand from docs/ecs-behaviour.md:
 * prices §3.2 (x86 $0.04048 per vCPU-h + $0.004445 per GB-h; arm64 $0.03238 + $0.00356; per
 * second from the pull start, one minute at least), start-up §2.2, the base/weight split of §5.1.
 */
class FargateScenarioTest {

  private static Recorded run(String duration, String taskDefinition, String jobs) {
    return Recorded.run(Simulation.build(Scenarios.parse("""
        name: fargate
        duration: %s
        cluster:
          availabilityZones: [us-east-1a, us-east-1b, us-east-1c]
          capacityProviders:
            - {name: FARGATE, type: fargate, provisioningTime: 20s}
            - {name: FARGATE_SPOT, type: fargate-spot, provisioningTime: 20s}
          defaultCapacityProviderStrategy: [{capacityProvider: FARGATE}]
        taskDefinitions:
          %s
        jobs:
          %s
        """.formatted(duration, taskDefinition.indent(2).strip(), jobs.indent(2).strip()))));
  }

  private static String definition(String cpu, String memory, String extra) {
    return """
        - family: t
          cpu: %s
          memory: %s
          networkMode: awsvpc
          requiresCompatibilities: [FARGATE]
          %s
          containerDefinitions: [{name: c, image: "t:1"}]
        """.formatted(cpu, memory, extra);
  }

  private static String job(String times, String duration, String more) {
    return """
        - name: j
          taskDefinition: t
          arrivals: {times: %s}
          duration: {fixed: %s}
          %s
        """.formatted(times, duration, more);
  }

  @Test
  void fourX86TasksOfOneVcpuTwoGbForThreeHours() {
    Recorded r = run("4h", definition("1024", "2048", ""), job("[0s, 0s, 0s, 0s]", "3h", ""));
    // Each is billed from its pull start (20 s) to its stop 3 h later: 10,800 s at
    // 1 x 0.04048 + 2 x 0.004445 = $0.04937/h -> 4 x 3 x 0.04937 = $0.59244.
    assertThat(r.summary().cost().totalUsd()).isCloseTo(0.59244, within(1e-6));
    assertThat(r.summary().cost().byCapacityProvider()).containsEntry("FARGATE", 0.59244);
    assertThat(r.summary().cost().byPurchaseOption()).containsEntry("on-demand", 0.59244);
    assertThat(r.summary().cost().byService()).containsEntry("j", 0.59244).containsEntry("idle", 0.0);
    assertThat(r.tasks()).allSatisfy(t -> assertThat(t.costUsd()).isCloseTo(3 * 0.04937, within(1e-9)));
    // Fargate is not in the cluster's EC2 reservation metrics (docs/ecs-behaviour.md §8: registered
    // instances).
    assertThat(r.summary().cluster().cpuReservationAvgPct()).isZero();
    double[] cumulative = r.series().column(SeriesNames.cumulativeCost("FARGATE"));
    assertThat(cumulative[cumulative.length - 1]).isCloseTo(0.59244, within(1e-6));
  }

  @Test
  void theSameTasksOnArmCostTheArmRates() {
    Recorded r = run("4h", definition("1024", "2048", "runtimePlatform: {cpuArchitecture: ARM64}"),
        job("[0s, 0s, 0s, 0s]", "3h", ""));
    // 1 x 0.03238 + 2 x 0.00356 = $0.0395/h -> 4 x 3 x 0.0395 = $0.474
    assertThat(r.summary().cost().totalUsd()).isCloseTo(0.474, within(1e-6));
  }

  @Test
  void aTwentySecondTaskIsBilledTheMinute() {
    Recorded r = run("10m", definition("256", "512", ""), job("[0s]", "20s", ""));
    // 0.25 x 0.04048 + 0.5 x 0.004445 = $0.0123425/h, billed 60 s: $0.000205708
    assertThat(r.summary().cost().totalUsd()).isCloseTo(60 * 0.0123425 / 3600, within(1e-6));
  }

  @Test
  void fargateSpotUsesTheSpotRatesAndCountsAsSpot() {
    Recorded r = run("2h", definition("1024", "2048", ""),
        job("[0s]", "1h", "capacityProviderStrategy: [{capacityProvider: FARGATE_SPOT}]"));
    // 1 x 0.01334053 + 2 x 0.00146489 = $0.01627031/h for 1 h (docs/ecs-behaviour.md §3.2, seen
    // Spot rates)
    assertThat(r.summary().cost().totalUsd()).isCloseTo(0.01627031, within(1e-6));
    assertThat(r.summary().cost().byPurchaseOption()).containsEntry("spot", 0.01627);
  }

  @Test
  void baseTwoOnFargateThenWeightsOneToThreeSplitTenTasksFourToSix() {
    Recorded r = run("2h", definition("256", "512", ""), job("[0s, 0s, 0s, 0s, 0s, 0s, 0s, 0s, 0s, 0s]", "1h", """
        capacityProviderStrategy:
          - {capacityProvider: FARGATE, base: 2, weight: 1}
          - {capacityProvider: FARGATE_SPOT, weight: 3}
        """));
    // docs/ecs-behaviour.md §5.1 (derived): base 2 on FARGATE, the other 8 split 1:3 -> FARGATE 4,
    // FARGATE_SPOT 6.
    Map<String, Long> byProvider = r.tasks().stream()
        .collect(Collectors.groupingBy(TaskRecord::capacityProviderName, Collectors.counting()));
    assertThat(byProvider).containsExactlyInAnyOrderEntriesOf(Map.of("FARGATE", 4L, "FARGATE_SPOT", 6L));
  }

  @Test
  void startUpIsProvisioningThenAPullThatGrowsWithVcpuThenTheContainers() {
    Recorded r = run("10m", """
        - family: t
          cpu: 256
          memory: 512
          networkMode: awsvpc
          requiresCompatibilities: [FARGATE]
          containerDefinitions: [{name: c, image: {name: "t:1", sizeMiB: 250}, startTime: 2s}]
        - family: big
          cpu: 4096
          memory: 8192
          networkMode: awsvpc
          requiresCompatibilities: [FARGATE]
          containerDefinitions: [{name: c, image: {name: "t:1", sizeMiB: 250}, startTime: 2s}]
        """, job("[0s]", "60s", "") + """
        - name: big
          taskDefinition: big
          arrivals: {times: [0s]}
          duration: {fixed: 60s}
        """);
    Map<String, TaskRecord> byDefinition = r.tasks().stream()
        .collect(Collectors.toMap(TaskRecord::taskDefinition, Function.identity()));
    // 0.25 vCPU pulls at 12.5 x sqrt(0.25) = 6.25 MiB/s: 250 MiB in 40 s, after 20 s of provisioning;
    // the containers start 2 s later.
    TaskRecord small = byDefinition.get("t");
    assertThat(small.launchType()).isEqualTo("FARGATE");
    assertThat(small.pullStartedAt()).isEqualTo(OptionalLong.of(20_000));
    assertThat(small.pullStoppedAt()).isEqualTo(OptionalLong.of(60_000));
    assertThat(small.startedAt()).isEqualTo(OptionalLong.of(62_000));
    assertThat(small.containerInstanceId()).isEmpty();
    // 4 vCPU pulls at 12.5 x 2 = 25 MiB/s: 10 s (docs/ecs-behaviour.md §2.2: 2.4 GB in about 90 s
    // on 4 vCPU).
    TaskRecord big = byDefinition.get("big");
    assertThat(big.pullStoppedAt()).isEqualTo(OptionalLong.of(30_000));
    assertThat(big.startedAt()).isEqualTo(OptionalLong.of(32_000));
    assertThat(r.summary().startLatency().get("FARGATE").p50Seconds()).isBetween(32.0, 62.0);
  }

  @Test
  void aGroupIsBalancedOverTheAvailabilityZones() {
    Recorded r = run("2h", definition("256", "512", ""), job("[0s, 0s, 0s, 0s, 0s, 0s]", "1h", ""));
    Map<String, Long> byZone = r.tasks().stream()
        .collect(Collectors.groupingBy(t -> t.availabilityZone().orElseThrow(), Collectors.counting()));
    assertThat(byZone).containsExactlyInAnyOrderEntriesOf(Map.of("us-east-1a", 2L, "us-east-1b", 2L, "us-east-1c", 2L));
  }

  @Test
  void launchTypeFargateRunsOnDemandFargateReportedUnderFargate() {
    String yaml = """
        name: lt
        duration: 2h
        cluster:
          capacityProviders:
            - {name: od, type: ec2, instanceTypes: [m5.large], desiredSize: 0}
        taskDefinitions:
          %s
        jobs:
          - name: j
            taskDefinition: t
            launchType: FARGATE
            arrivals: {times: [0s]}
            duration: {fixed: 1h}
        """.formatted(definition("1024", "2048", "").indent(2).strip());
    Recorded r = Recorded.run(Simulation.build(Scenarios.parse(yaml)));
    // The built-in FARGATE, with its default provisioning U(10 s, 45 s)
    // (docs/ecs-behaviour.md §2.2): 1 h billed.
    assertThat(r.summary().cost().byCapacityProvider()).containsKey("FARGATE");
    assertThat(r.summary().cost().totalUsd()).isCloseTo(0.04937, within(1e-6));
    assertThat(r.tasks().get(0).pullStartedAt().getAsLong()).isBetween(10_000L, 45_000L);
  }

  @Test
  void theAccountLaunchBucketLetsOneHundredGoAtOnceThenTwentyASecond() {
    String times = String.join(", ", java.util.Collections.nCopies(300, "0s"));
    Recorded r = run("1h", definition("256", "512", ""), job("[" + times + "]", "30m", ""));
    // docs/ecs-behaviour.md §3.3: burst 100, refilled at 20 tasks/s. Tasks 1-100 start provisioning
    // at 0 s; task 100 + k gets its token at k x 50 ms; with 20 s of provisioning, pulls start at
    // 20 s, and the 300th at 20 + 200 x 0.05 = 30 s.
    List<Long> pullStarts = r.tasks().stream().map(t -> t.pullStartedAt().getAsLong()).sorted().toList();
    assertThat(pullStarts.get(99)).isEqualTo(20_000);
    assertThat(pullStarts.get(100)).isEqualTo(20_050);
    assertThat(pullStarts.get(299)).isEqualTo(30_000);
    assertThat(r.events()).anySatisfy(e -> assertThat(e.type()).isEqualTo(EventType.THROTTLED));
  }
}
