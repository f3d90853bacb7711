package dev.ecsim.placement;

import dev.ecsim.metrics.EventType;
import dev.ecsim.run.Recorded;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.metrics.EventRecord;
import dev.ecsim.metrics.TaskRecord;
import dev.ecsim.run.Recorded;
import dev.ecsim.run.Simulation;
import dev.ecsim.scenario.read.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The teaching scenarios in scenarios/placement/ place their tasks where their comments say. */
class PlacementScenariosTest {

  private static Recorded run(String file) throws Exception {
    return Recorded.run(Simulation.buildExplaining(ScenarioLoader.load(Path.of("../scenarios/placement/" + file))));
  }

  private static List<String> instances(Recorded r) {
    return r.tasks().stream().map(t -> t.containerInstanceId().orElse("-")).toList();
  }

  @Test
  void binpackFillsOneInstanceBeforeTheNext() throws Exception {
    assertThat(instances(run("binpack.yaml")))
        .containsExactly("ci-000001", "ci-000001", "ci-000001", "ci-000001", "ci-000002", "ci-000002");
  }

  @Test
  void spreadFansOutOverZonesThenInstances() throws Exception {
    Recorded r = run("spread.yaml");
    assertThat(instances(r))
        .containsExactly("ci-000001", "ci-000002", "ci-000003", "ci-000004", "ci-000005", "ci-000006");
    assertThat(r.tasks()).extracting(t -> t.availabilityZone().orElseThrow())
        .containsExactly("us-east-1a", "us-east-1b", "us-east-1c", "us-east-1a", "us-east-1b", "us-east-1c");
    // The explanation of the fifth task: AZ b and c have one task each, then the instances there without one.
    var fifth = r.placements().get(4);
    assertThat(fifth.ranking().get(0).kept()).containsExactly("ci-000002", "ci-000003", "ci-000005", "ci-000006");
    assertThat(fifth.ranking().get(1).kept()).containsExactly("ci-000005", "ci-000006");
    assertThat(fifth.winner()).contains("ci-000005");
  }

  @Test
  void randomIsRepeatableForASeedAndUsesSeveralInstances() throws Exception {
    List<String> a = instances(run("random.yaml"));
    assertThat(a).doesNotContain("-");
    assertThat(a.stream().distinct().count()).isGreaterThan(1);
    assertThat(instances(run("random.yaml"))).isEqualTo(a);
  }

  @Test
  void constraintsLeaveThreeTasksWaitingAnHour() throws Exception {
    Recorded r = run("constraints.yaml");
    List<TaskRecord> tasks = r.tasks();
    assertThat(instances(r)).containsExactly("ci-000004", "ci-000005", "ci-000006", "ci-000004", "ci-000005", "ci-000006");
    // Task 4 (created at 3 s) waits until task 1 stops at 3,600 s.
    assertThat(tasks.get(3).startedAt()).isEqualTo(OptionalLong.of(3_600_000));
    List<EventRecord> failures = r.events().stream().filter(e -> e.type().equals(EventType.PLACEMENT_FAILURE)).toList();
    assertThat(failures).hasSize(1);
    assertThat(failures.get(0).message()).contains("closest matching container-instance ci-000001")
        .contains("MemberOf placement constraint unsatisfied.");
    var fourth = r.placements().get(3);
    assertThat(fourth.winner()).isEmpty();
    assertThat(fourth.candidates()).extracting(c -> c.rejectedBy().orElse("ok")).containsExactly(
        "MemberOf placement constraint unsatisfied.", "MemberOf placement constraint unsatisfied.",
        "MemberOf placement constraint unsatisfied.", "DistinctInstance placement constraint unsatisfied.",
        "DistinctInstance placement constraint unsatisfied.", "DistinctInstance placement constraint unsatisfied.");
  }
}
