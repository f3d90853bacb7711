package dev.ecsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.metrics.EventFacts;
import dev.ecsim.metrics.EventRecord;
import dev.ecsim.metrics.EventType;
import dev.ecsim.metrics.RunResult;
import dev.ecsim.metrics.TaskRecord;
import dev.ecsim.reports.Fixtures;
import dev.ecsim.reports.chart.ServiceMarkers.Mark;
import dev.ecsim.reports.chart.SpotMarkers.InstanceMark;
import dev.ecsim.run.Simulation;
import dev.ecsim.scenario.read.ScenarioLoader;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SpotMarkersTest {

  private static final EventType NOTICE = SpotMarkers.NOTICE;
  private static final EventType TERMINATED = SpotMarkers.TERMINATED;

  private static EventFacts m5(String instance) {
    return Fixtures.instance("i-00000000000000001", instance, "m5.large", "us-east-1a", 0);
  }

  /** An EC2 notice worded as sim-core words it, with the instance in its facts. */
  private static EventRecord ec2Notice(long time, String provider, String instance) {
    return new EventRecord(
        time,
        NOTICE,
        provider,
        "EC2 Spot Instance Interruption Warning: i-00000000000000001 ("
            + instance
            + ", m5.large, us-east-1a) terminates at "
            + (time + 120_000) / 1000.0
            + " s",
        m5(instance));
  }

  private static EventRecord termination(long time, String provider, String instance, String why) {
    return new EventRecord(
        time,
        TERMINATED,
        provider,
        "i-00000000000000001 (" + instance + ", m5.large, us-east-1a) terminated: " + why,
        m5(instance));
  }

  private static EventRecord fargateNotice(long time, String task, String owner) {
    return new EventRecord(
        time,
        NOTICE,
        "FARGATE_SPOT",
        "Your Spot Task was interrupted: "
            + task
            + " ("
            + owner
            + ") gets SIGTERM and stops at "
            + (time + 30_000) / 1000.0
            + " s (stopTimeout)",
        EventFacts.task(task, owner));
  }

  /** A service task placed on {@code instance} at {@code placed}, stopped at {@code stopped}. */
  private static TaskRecord onInstance(
      String id, String service, String instance, long placed, OptionalLong stopped) {
    return new TaskRecord(
        id,
        service,
        "service:" + service,
        service,
        "EC2",
        "spot",
        Optional.of(instance),
        Optional.of("m5.large"),
        Optional.of("us-east-1a"),
        1024,
        1024,
        placed,
        OptionalLong.of(placed),
        OptionalLong.of(placed),
        OptionalLong.of(placed + 5_000),
        stopped,
        stopped,
        stopped.isPresent() ? Optional.of("SpotInterruption") : Optional.empty(),
        Optional.empty(),
        0);
  }

  private static TaskRecord onFargate(String id, String service) {
    return new TaskRecord(
        id,
        service,
        "service:" + service,
        service,
        "FARGATE",
        "FARGATE_SPOT",
        Optional.empty(),
        Optional.empty(),
        Optional.of("us-east-1a"),
        256,
        512,
        0,
        OptionalLong.of(20_000),
        OptionalLong.of(20_000),
        OptionalLong.of(20_000),
        OptionalLong.empty(),
        OptionalLong.empty(),
        Optional.empty(),
        Optional.empty(),
        0);
  }

  @Test
  void readsTheInstanceFromTheFactsNeverFromTheSentence() {
    assertThat(SpotMarkers.containerInstance(ec2Notice(0, "spot", "ci-000012"))).contains("ci-000012");
    assertThat(SpotMarkers.containerInstance(fargateNotice(0, "web-7", "web"))).isEmpty();
    // A sentence that reads like an instance event but carries no facts names no instance.
    EventRecord bare = new EventRecord(0, NOTICE, "spot",
        "EC2 Spot Instance Interruption Warning: i-00000000000000001 (ci-000012, m5.large, us-east-1a)");
    assertThat(SpotMarkers.containerInstance(bare)).isEmpty();
    assertThat(SpotMarkers.instanceMarks(List.of(bare), List.of("spot"))).isEmpty();
  }

  @Test
  void instancesChartMarksNoticesAndTheTerminationsTheyAnnouncedButNotScaleIns() {
    List<EventRecord> events =
        List.of(
            ec2Notice(60_000, "spot", "ci-000001"),
            termination(90_000, "spot", "ci-000004", "CapacityProviderReservation 50 < target 100"),
            termination(180_000, "spot", "ci-000001", "spot interruption"),
            ec2Notice(200_000, "other", "ci-000009"),
            fargateNotice(210_000, "web-3", "web"),
            termination(320_000, "other", "ci-000009", "spot interruption"));

    assertThat(SpotMarkers.instanceMarks(events, List.of("spot")))
        .containsExactly(
            new InstanceMark(60_000, "spot", NOTICE), new InstanceMark(180_000, "spot", TERMINATED));
    assertThat(SpotMarkers.instanceMarks(events, List.of("spot", "other")))
        .extracting(InstanceMark::timeMillis)
        .containsExactly(60_000L, 180_000L, 200_000L, 320_000L);
  }

  /**
   * A short real run: a spot group (ci-000001..4, us-east-1a, b, a, b) with interruptions listed
   * at 10 and 30 min, the service "web" held to us-east-1b (web-1 on ci-000002, web-2 on
   * ci-000004), an on-demand group, and the service "api" on FARGATE_SPOT interrupted at 20 min.
   * The 10-min notice takes ci-000001, where web has nothing; the 30-min one takes ci-000002.
   */
  static RunResult realRun() throws Exception {
    String scenario =
        """
        name: spot-marks
        duration: 1h
        cluster:
          availabilityZones: [us-east-1a, us-east-1b]
          capacityProviders:
            - name: spot-asg
              type: ec2
              instanceTypes: [m5.large]
              purchaseOption: spot
              desiredSize: 4
              instanceLaunch: {bootTime: 45s}
              spot: {interruptionTimes: [10m, 30m]}
            - {name: od, type: ec2, instanceTypes: [m5.large], desiredSize: 1}
            - {name: FARGATE_SPOT, type: fargate-spot, provisioningTime: 20s, spot: {interruptionTimes: [20m]}}
        taskDefinitions:
          - {family: web, cpu: 1024, memory: 1024, containerDefinitions: [{name: c, image: "w:1", startTime: 5s}]}
          - family: api
            cpu: 256
            memory: 512
            networkMode: awsvpc
            requiresCompatibilities: [FARGATE]
            containerDefinitions: [{name: c, image: "a:1"}]
        services:
          - name: web
            taskDefinition: web
            desiredCount: 2
            capacityProviderStrategy: [{capacityProvider: spot-asg}]
            placementConstraints: [{type: memberOf, expression: "attribute:ecs.availability-zone == us-east-1b"}]
          - {name: api, taskDefinition: api, desiredCount: 2, capacityProviderStrategy: [{capacityProvider: FARGATE_SPOT}]}
        """;
    return Simulation.build(ScenarioLoader.parse(scenario, "spot-marks.yaml")).run();
  }

  /** Guards the facts the charts rely on: sim-core's notices and terminations of a real run. */
  @Test
  void aRealRunsNoticesAreFoundForTheServicesAndInstancesTheyHit() throws Exception {
    RunResult run = realRun();

    // sim-core counts which services a notice hit as it happens: web's tasks stood on ci-000002
    // at 30 min, none on ci-000001 at 10 min; api's Fargate Spot task was noticed at 20 min.
    assertThat(run.tasks().spotNoticesByOwner().get("web")).containsExactly(1_800_000);
    assertThat(run.tasks().spotNoticesByOwner().get("api")).containsExactly(1_200_000);
    assertThat(SpotMarkers.instanceMarks(run.events(), List.of("spot-asg", "od")))
        .containsExactly(
            new InstanceMark(600_000, "spot-asg", NOTICE),
            new InstanceMark(720_000, "spot-asg", TERMINATED),
            new InstanceMark(1_800_000, "spot-asg", NOTICE),
            new InstanceMark(1_920_000, "spot-asg", TERMINATED));
    // The notices name what they hit: ci-000001 (us-east-1a) at 10 min, api's task at 20 min.
    List<EventRecord> notices = run.events().stream().filter(e -> e.type() == NOTICE).toList();
    assertThat(notices).extracting(EventRecord::timeMillis).containsExactly(600_000L, 1_200_000L, 1_800_000L);
    EventFacts.Instance first = notices.get(0).facts().instance().orElseThrow();
    assertThat(first.containerInstanceId()).isEqualTo("ci-000001");
    assertThat(first.instanceType()).isEqualTo("m5.large");
    assertThat(first.availabilityZone()).isEqualTo("us-east-1a");
    assertThat(notices.get(0).message()).contains("(ci-000001, m5.large, us-east-1a)");
    assertThat(notices.get(1).facts().instance()).isEmpty();
    assertThat(notices.get(1).facts().owner()).contains("api");
    assertThat(notices.get(1).facts().taskId()).hasValueSatisfying(id -> assertThat(notices.get(1).message()).contains(id));
  }
}
