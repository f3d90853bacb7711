package dev.ecsim.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.metrics.RunResult;
import dev.ecsim.metrics.TaskAggregates;
import dev.ecsim.metrics.TaskRecord;
import dev.ecsim.metrics.TaskRecordSink;
import dev.ecsim.testing.Scenarios;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A run's result does not grow with its tasks: it holds no task records, and what it keeps per task
 * is one number in the samples percentiles are taken of. Counted, not timed.
 */
class RunResultMemoryTest {

  @Test
  void noPartOfTheResultHoldsTaskRecords() {
    for (Class<?> type : new Class<?>[] {RunResult.class, TaskAggregates.class}) {
      for (RecordComponent c : type.getRecordComponents()) {
        assertThat(c.getGenericType().getTypeName()).as(type.getSimpleName() + "." + c.getName())
            .doesNotContain(TaskRecord.class.getName());
      }
    }
  }

  /** 50 instances (more than the instance timeline draws), short jobs arriving all along. */
  private static String scenario(String duration) {
    return """
        name: memory
        duration: %s
        %s
        taskDefinitions:
          - {family: t, cpu: 1024, memory: 2048, containerDefinitions: [{name: c, image: "t:1"}]}
        jobs:
          - {name: short, taskDefinition: t, arrivals: {poisson: {rate: 600/h}}, duration: {fixed: 2m}}
        """.formatted(duration, Scenarios.cluster("m5.large", 50));
  }

  private static final class Counting implements TaskRecordSink {
    long tasks;
    long started;

    @Override
    public void accept(TaskRecord task) {
      tasks++;
      if (task.startedAt().isPresent()) {
        started++;
      }
    }
  }

  @Test
  void doublingTheTasksKeepsTheSameEntriesAndOneNumberPerStartedTaskInEachSample() {
    Counting shortSink = new Counting();
    Counting longSink = new Counting();
    RunResult shortRun = Simulation.build(Scenarios.parse(scenario("2h"))).run(p -> { }, shortSink);
    RunResult longRun = Simulation.build(Scenarios.parse(scenario("4h"))).run(p -> { }, longSink);

    assertThat(longSink.tasks).isGreaterThan(2 * shortSink.tasks - 100);
    for (RunResult r : new RunResult[] {shortRun, longRun}) {
      TaskAggregates a = r.tasks();
      assertThat(a.instanceTasks()).as("spans of 50 instances are not kept").isEmpty();
      assertThat(a.startLatencySeconds().keySet()).containsExactly("od");
      assertThat(a.jobWaits().keySet()).containsExactly("short");
      assertThat(a.costUsdByOwner()).hasSize(1);
      assertThat(a.spotNoticesByOwner()).isEmpty();
      assertThat(r.placements()).isEmpty();
    }
    // The same entries and events whatever the number of tasks; per task one double in each sample.
    assertThat(longRun.events()).hasSameSizeAs(shortRun.events());
    long samples = Arrays.stream(new RunResult[] {longRun}).mapToLong(r ->
        r.tasks().startLatencySeconds().get("od").length + r.tasks().jobWaits().get("short").sorted().length).sum();
    assertThat(samples).isEqualTo(2 * longSink.started);
  }
}
