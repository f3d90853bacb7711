package dev.ecsim.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.metrics.TaskRecord;
import dev.ecsim.scenario.read.ArrivalTraceTest;
import dev.ecsim.scenario.read.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A replayed trace submits exactly its rows: at their times, for their run times, of their definitions. */
class ArrivalTraceReplayTest {
  @TempDir
  Path dir;

  @Test
  void theRunSubmitsTheRowsWithinTheHorizonAsWritten() throws Exception {
    Files.writeString(dir.resolve("runs.csv"), "time,duration,taskDefinition\n0s,10m,big\n0s,,\n30m,90s,small\n3h,1m,\n");
    Recorded r = Recorded.run(Simulation.build(ScenarioLoader.load(
        Files.writeString(dir.resolve("replay.yaml"), ArrivalTraceTest.SCENARIO))));

    List<TaskRecord> tasks = r.tasks();
    // Three rows fall in the 2 h run; the one at 3 h does not. The blank row runs the job's own
    // definition (small) for the job's fixed 5 minutes.
    assertThat(tasks).hasSize(3);
    assertThat(tasks).extracting(TaskRecord::createdAt).containsExactly(0L, 0L, 1_800_000L);
    assertThat(tasks).extracting(TaskRecord::taskDefinition).containsExactlyInAnyOrder("big", "small", "small");
    assertThat(tasks).extracting(t -> t.stoppedAt().getAsLong() - t.startedAt().getAsLong())
        .containsExactlyInAnyOrder(600_000L, 300_000L, 90_000L);
    assertThat(tasks).filteredOn(t -> t.taskDefinition().equals("big")).singleElement()
        .satisfies(t -> assertThat(t.cpu()).isEqualTo(1024));
    assertThat(r.summary().jobs().get("replay").submitted()).isEqualTo(3);
    assertThat(r.summary().jobs().get("replay").completed()).isEqualTo(3);
  }
}
